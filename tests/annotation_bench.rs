//! Annotation figures in WebAssembly, in headless Chromium: load and save of
//! a store of 10,000 annotations on the real localStorage, and re-rendering
//! the longest bundled article after one annotation is added. Each is
//! printed next to a baseline measured in the same run, alternately with it
//! (medians of several runs), because absolute times on a shared 2-core
//! machine say little. Ignored in normal runs; `scripts/bench-annotations.sh`
//! runs them with `--include-ignored`. Asserts nothing about time.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use lector_annotations::{
    encode_for_storage, AnnotationId, AnnotationStore, ArticleId, ArticleText, Body, Colour, Timestamp, STORAGE_KEY,
};
use lector_app::browser::annotation_storage::{load_at_startup, save};
use lector_app::browser::random_id::format_v4;
use lector_app::components::article_body::ArticleBody;
use lector_app::highlights;
use lector_app::opened::OpenedArticle;
use lector_app::state::annotations::{AnnotationAction, Annotations, AnnotationsContext};
use lector_app::state::annotations_provider::AnnotationsProvider;
use lector_app::state::prefs::Prefs;
use lector_article::Article;
use lector_text::Span;
use wasm_bindgen_test::*;
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

const SOURCES: [(&str, &str); 5] = [
    ("000_729a53cc0895712a", include_str!("../data/000_729a53cc0895712a.md")),
    ("001_2c696f0302d61155", include_str!("../data/001_2c696f0302d61155.md")),
    ("002_452b42996ff86049", include_str!("../data/002_452b42996ff86049.md")),
    ("003_7168fac909374ef1", include_str!("../data/003_7168fac909374ef1.md")),
    ("004_2cd4446a17d5b787", include_str!("../data/004_2cd4446a17d5b787.md")),
];

/// Deterministic pseudo-random numbers (the bench must be repeatable).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % below.max(1)
    }

    fn id(&mut self) -> AnnotationId {
        let mut bytes = [0u8; 16];
        for b in &mut bytes {
            *b = self.next(256) as u8;
        }
        AnnotationId::parse(&format_v4(bytes)).expect("a v4 UUID")
    }
}

fn clock() -> impl Fn() -> f64 {
    let performance = web_sys::window().expect("a window").performance().expect("performance.now()");
    move || performance.now()
}

fn median(mut runs: Vec<f64>) -> f64 {
    runs.sort_by(f64::total_cmp);
    runs[runs.len() / 2]
}

fn now() -> Timestamp {
    Timestamp::from_millis(1_795_457_660_123).expect("a valid time")
}

/// A reader's annotation over a few words of `text`: notes of varied length
/// (some empty, some with accents and emoji), tags from a small vocabulary.
fn random_annotation(rng: &mut Lcg, text: &ArticleText) -> (Span, Body) {
    let len = text.len();
    let start = rng.next(len.saturating_sub(200));
    let span = Span::new(start, start + 5 + rng.next(120));
    let notes =
        ["", "", "Who are the two people?", "Check with the desk — “denied” by whom? 🎉", "Zoë says otherwise."];
    let mut note = notes[rng.next(notes.len())].to_string();
    if rng.next(4) == 0 {
        note.push_str(&" Longer remark about sourcing and what the outlet could not confirm.".repeat(1 + rng.next(3)));
    }
    let vocabulary = ["anonymous", "sourcing", "denial", "to check", "Élysée", "follow up"];
    let tags: Vec<&str> = (0..rng.next(3)).map(|_| vocabulary[rng.next(vocabulary.len())]).collect();
    let body = Body::new(note, tags, Colour::ALL[rng.next(Colour::ALL.len())]).expect("a valid body");
    (span, body)
}

fn store_of(count: usize) -> AnnotationStore {
    let articles: Vec<(ArticleId, ArticleText)> = SOURCES
        .iter()
        .map(|(id, source)| {
            let article = Article::parse(id, source).expect("bundled articles parse");
            (ArticleId::parse(id).expect("a valid id"), ArticleText::new(&article.document.text))
        })
        .collect();
    let mut rng = Lcg(7);
    let mut store = AnnotationStore::new();
    while store.len() < count {
        let (article, text) = &articles[rng.next(articles.len())];
        let (span, body) = random_annotation(&mut rng, text);
        let _ = store.create(rng.id(), article.clone(), text, span, body, now());
    }
    store
}

#[wasm_bindgen_test]
#[ignore]
fn load_and_save_of_10000_annotations() {
    let storage = gloo::utils::window().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let store = store_of(10_000);
    let encoded = encode_for_storage(&store);
    let as_js = js_sys::JSON::parse(&encoded).expect("valid JSON");
    let clock = clock();
    let runs = 7;
    console_log!(
        "store: {} annotations, {:.0} KB stored ({} UTF-16 units); median of {runs} runs, alternating with the baseline",
        store.len(),
        encoded.len() as f64 / 1024.0,
        encoded.encode_utf16().count()
    );
    // A refused save (quota) times encoding plus a failed write, not a save:
    // count refusals and say so next to the figure instead of hiding them.
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    let mut refused = Vec::new();
    for _ in 0..runs {
        let t = clock();
        let saved = save(&store);
        ours.push(clock() - t);
        if let Err(error) = saved {
            refused.push(error.to_string());
        }
        let t = clock();
        let text: String = js_sys::JSON::stringify(&as_js).expect("stringify").into();
        let baseline_saved = storage.set_item(STORAGE_KEY, &text).is_ok();
        base.push(clock() - t);
        if !baseline_saved {
            refused.push("the baseline's setItem was refused too".into());
        }
    }
    if let Some(first) = refused.first() {
        console_log!(
            "save: the browser refused {} of {} writes ({first}): the save figures time a refused write, not a stored one",
            refused.len(),
            2 * runs
        );
    }
    let (save_ms, stringify_ms) = (median(ours), median(base));
    console_log!(
        "save  (encode_for_storage + setItem): {save_ms:7.1} ms   baseline JSON.stringify + setItem: {stringify_ms:7.1} ms   ratio {:.2}",
        save_ms / stringify_ms
    );
    // What the load figure times must be the whole store, as Lector saved it.
    if let Err(error) = save(&store) {
        console_log!("load: not measured, the browser refused to store the annotations ({error})");
        storage.clear().unwrap();
        return;
    }
    let (mut ours, mut base) = (Vec::new(), Vec::new());
    let mut loaded = 0;
    for _ in 0..runs {
        let t = clock();
        let startup = load_at_startup(now());
        ours.push(clock() - t);
        loaded = startup.store.len();
        let t = clock();
        let raw = storage.get_item(STORAGE_KEY).unwrap().unwrap_or_default();
        let parsed = js_sys::JSON::parse(&raw).expect("valid JSON");
        base.push(clock() - t);
        assert!(!parsed.is_undefined());
    }
    // A load that came back short (or empty) would make a fast, meaningless figure.
    assert_eq!(loaded, store.len(), "the load read back fewer annotations than were saved");
    let (load_ms, parse_ms) = (median(ours), median(base));
    console_log!(
        "load  (getItem + decode and validate): {load_ms:7.1} ms   baseline getItem + JSON.parse:      {parse_ms:7.1} ms   ratio {:.2}   ({loaded} loaded)",
        load_ms / parse_ms
    );
    storage.clear().unwrap();
}

/// Lets the bench reach the annotation state of the rendered page.
#[derive(Clone, Default)]
struct Handle(Rc<RefCell<Option<AnnotationsContext>>>);

impl PartialEq for Handle {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

#[derive(Properties, PartialEq)]
struct ReaderProps {
    opened: Rc<OpenedArticle>,
    handle: Handle,
    /// Changing it remounts the article body: the full-render baseline.
    generation: u32,
}

/// The reader's highlight pipeline, as `OpenedReader` runs it: anchor the
/// article's annotations, collect every layer, render through `ArticleBody`.
#[component(Reader)]
fn reader(props: &ReaderProps) -> Html {
    let state = use_context::<AnnotationsContext>().expect("inside the provider");
    *props.handle.0.borrow_mut() = Some(state.clone());
    let article = ArticleId::parse(&props.opened.article.meta.id).expect("a valid id");
    let text = use_memo(props.opened.clone(), |opened| ArticleText::new(opened.text()));
    let anchored = {
        let (state, text) = (state.clone(), text.clone());
        use_memo((state.shared_store(), props.opened.clone()), move |(store, _)| {
            store.anchor_article(&article, &text).into_owned()
        })
    };
    let highlights = use_memo((props.opened.clone(), anchored), |(opened, anchored)| {
        let mut set = highlights::collect(opened, &Prefs::default());
        set.add_annotations(anchored);
        set
    });
    html! { <article class="reader" key={props.generation}><ArticleBody opened={props.opened.clone()} {highlights} /></article> }
}

#[derive(Properties, PartialEq)]
struct PageProps {
    opened: Rc<OpenedArticle>,
    initial: Rc<Annotations>,
    handle: Handle,
    generation: u32,
}

#[component(Page)]
fn page(props: &PageProps) -> Html {
    html! {
        <AnnotationsProvider initial={Some(props.initial.clone())}>
            <Reader opened={props.opened.clone()} handle={props.handle.clone()} generation={props.generation} />
        </AnnotationsProvider>
    }
}

#[wasm_bindgen_test]
#[ignore]
async fn re_rendering_the_longest_article_after_adding_an_annotation() {
    let words = |source: &str| Article::parse("x", source).map_or(0, |a| a.meta.words);
    let (id, source) = SOURCES.iter().max_by_key(|(_, source)| words(source)).expect("articles");
    let opened = Rc::new(
        OpenedArticle::open(id, source, Some(lector_analysis::AnalyzerData::embedded()))
            .expect("bundled articles parse"),
    );
    let text = ArticleText::new(opened.text());
    let article = ArticleId::parse(id).expect("a valid id");
    let mut rng = Lcg(11);
    let existing = 20;
    let mut store = AnnotationStore::new();
    while store.len() < existing {
        let (span, body) = random_annotation(&mut rng, &text);
        let _ = store.create(rng.id(), article.clone(), &text, span, body, now());
    }
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = Handle::default();
    let props = |generation| PageProps {
        opened: opened.clone(),
        initial: Rc::new(Annotations::in_memory(store.clone())),
        handle: handle.clone(),
        generation,
    };
    let mut app = yew::Renderer::<Page>::with_root_and_props(root.clone(), props(0)).render();
    yew::scheduler::flush().await;
    let body = document.body().unwrap();
    let clock = clock();
    let runs = 15;
    let (mut add, mut remount) = (Vec::new(), Vec::new());
    for generation in 1..=runs {
        let state = handle.0.borrow().clone().expect("rendered");
        let (span, body_text) = random_annotation(&mut rng, &text);
        let t = clock();
        state.dispatch(AnnotationAction::Create {
            id: AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{generation:012x}")).unwrap(),
            at: Timestamp::from_millis(1_795_457_660_000 + generation as u64).unwrap(),
            article: article.clone(),
            text: Rc::new(text.clone()),
            span,
            body: body_text,
        });
        yew::scheduler::flush().await;
        let _ = body.offset_height(); // layout included
        add.push(clock() - t);

        let t = clock();
        app.update(props(generation));
        yew::scheduler::flush().await;
        let _ = body.offset_height();
        remount.push(clock() - t);
    }
    let marks = root.query_selector_all("mark[data-annotation-id]").unwrap().length();
    let (add_ms, remount_ms) = (median(add), median(remount));
    console_log!(
        "longest article: {id}, {} words, {} highlights drawn, {existing} annotations before the first added; median of {runs}",
        opened.article.meta.words,
        root.query_selector_all("[data-mention], [data-cue], [data-sentence]").unwrap().length() + marks
    );
    console_log!(
        "re-render after adding one annotation (reducer, anchoring, highlights, DOM update, layout): {add_ms:6.2} ms   \
         baseline full render of the article body: {remount_ms:6.2} ms   ratio {:.2}",
        add_ms / remount_ms
    );
    app.destroy();
}
