//! The reader's own articles on the browser's real IndexedDB
//! (wasm-bindgen-test in headless Chromium): a saved article is listed again
//! at the next start with its text exactly as saved; a record Lector cannot
//! read is reported, copied and left in place, and never hides the others;
//! a deleted article is gone and can be put back (Undo).
#![cfg(target_arch = "wasm32")]

use lector_app::browser::article_db;
use lector_app::own::record::Record;
use lector_app::own_library::{delete, load_at_startup, restore};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// An article file as the importer stores it: front matter, then Markdown.
fn article_file(title: &str) -> String {
    format!(
        "---\ntitle: {title}\noutlet: Vale Gazette\ndate: 2026-11-30\n---\n\n\
         The council voted on Thursday to extend the library, a spokesman said.\n"
    )
}

fn stored(id: &str, title: &str) -> (String, String) {
    (
        id.to_owned(),
        Record::new(id.to_owned(), article_file(title), 1_764_000_000_000.0, Some("page.html".into())).encode(),
    )
}

fn titles(loaded: &lector_app::own_library::Loaded) -> Vec<String> {
    loaded.articles.iter().map(|a| a.meta.title.clone()).collect()
}

#[wasm_bindgen_test]
async fn a_saved_article_is_listed_at_the_next_start_with_its_text_as_saved() {
    let (id, raw) = stored("own-storage-kept", "Council extends the library");
    article_db::put_all(&[(id.clone(), raw.clone())]).await.expect("the write is committed");
    let loaded = load_at_startup().await;
    assert!(titles(&loaded).contains(&"Council extends the library".to_owned()), "{:?}", titles(&loaded));
    assert_eq!(article_db::get(&id).await.expect("readable"), Some(raw), "stored exactly as written");
    delete(&id).await.expect("deleted");
}

#[wasm_bindgen_test]
async fn an_unreadable_record_is_reported_copied_and_left_while_the_others_show() {
    let good = stored("own-storage-good", "A readable article");
    let bad = ("own-storage-bad".to_owned(), "{ this is not a record".to_owned());
    article_db::put_all(&[good.clone(), bad.clone()]).await.expect("the write is committed");
    let loaded = load_at_startup().await;
    assert!(titles(&loaded).contains(&"A readable article".to_owned()), "the readable one still shows");
    let problem =
        loaded.problems.iter().find(|p| p.contains("own-storage-bad")).expect("the damaged record is reported");
    assert!(problem.contains("nothing was deleted") && problem.contains("a copy is kept"), "{problem}");
    assert_eq!(article_db::get(&bad.0).await.expect("readable"), Some(bad.1.clone()), "the damaged record stays");
    // A second start reports it again and still does not overwrite anything.
    let again = load_at_startup().await;
    assert!(again.problems.iter().any(|p| p.contains("own-storage-bad")));
    for key in [&good.0, &bad.0] {
        article_db::delete(key).await.expect("cleaned up");
    }
}

#[wasm_bindgen_test]
async fn a_record_under_another_key_is_not_shown_as_that_article() {
    let (_, raw) = stored("own-storage-real-id", "Filed under the wrong key");
    article_db::put_all(&[("own-storage-other-key".to_owned(), raw)]).await.expect("the write is committed");
    let loaded = load_at_startup().await;
    assert!(!titles(&loaded).contains(&"Filed under the wrong key".to_owned()));
    assert!(loaded.problems.iter().any(|p| p.contains("own-storage-other-key") && p.contains("does not match")));
    article_db::delete("own-storage-other-key").await.expect("cleaned up");
}

#[wasm_bindgen_test]
async fn a_deleted_article_is_gone_and_undo_puts_it_back_unchanged() {
    let (id, raw) = stored("own-storage-undo", "Deleted, then restored");
    article_db::put_all(&[(id.clone(), raw.clone())]).await.expect("the write is committed");
    let removed = delete(&id).await.expect("deleted").expect("delete hands back what it removed");
    assert!(!titles(&load_at_startup().await).contains(&"Deleted, then restored".to_owned()));
    let back = restore(&id, &removed).await.expect("restored").expect("the restored record is readable");
    assert_eq!(back.meta.title, "Deleted, then restored");
    assert_eq!(article_db::get(&id).await.expect("readable"), Some(raw), "restored byte for byte");
    delete(&id).await.expect("cleaned up");
}
