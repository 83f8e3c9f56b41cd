//! The analyzer's model and word lists, fetched once from their own file
//! beside the app (`analyzer-<hash>.bin`, written and preloaded by the
//! pre-renderer) and shared by every view.
//!
//! Why not compiled in: they are most of a first visit's bytes. Fetched
//! beside the code, the app starts while they stream in and the article's
//! text shows meanwhile; the service worker caches the file with the rest.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::net::http::Request;
use lector_analysis::AnalyzerData;

use super::task;

/// The id of the `<link rel="preload">` that names the file.
const LINK_ID: &str = "lector-analyzer-data";

/// The data once loaded, or what the reader is told when it could not be.
pub type Loaded = Result<Rc<AnalyzerData>, String>;

type Waiter = Box<dyn FnOnce(Loaded)>;

enum State {
    NotStarted,
    Loading(Vec<Waiter>),
    Done(Loaded),
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::NotStarted) };
}

/// The data if it has arrived (or failed), without waiting.
pub fn current() -> Option<Loaded> {
    STATE.with(|state| match &*state.borrow() {
        State::Done(loaded) => Some(loaded.clone()),
        _ => None,
    })
}

/// Calls `done` with the data once it is there (at once if it is), starting
/// the download if nothing has yet.
pub fn when_loaded(done: impl FnOnce(Loaded) + 'static) {
    let mut done: Option<Waiter> = Some(Box::new(done));
    let (ready, start) = STATE.with(|state| {
        let mut state = state.borrow_mut();
        match &mut *state {
            State::Done(loaded) => (Some(loaded.clone()), false),
            State::Loading(waiters) => {
                waiters.extend(done.take());
                (None, false)
            }
            State::NotStarted => {
                *state = State::Loading(done.take().into_iter().collect());
                (None, true)
            }
        }
    });
    if let (Some(loaded), Some(done)) = (ready, done) {
        done(loaded);
    }
    if start {
        task::spawn(async {
            let loaded = fetch().await.map(Rc::new);
            let waiters =
                STATE.with(|state| match std::mem::replace(&mut *state.borrow_mut(), State::Done(loaded.clone())) {
                    State::Loading(waiters) => waiters,
                    _ => Vec::new(),
                });
            for waiter in waiters {
                waiter(loaded.clone());
            }
        });
    }
}

async fn fetch() -> Result<AnalyzerData, String> {
    const RETRY: &str = "The article is shown without highlights; reload the page to try again.";
    let url = gloo::utils::document()
        .get_element_by_id(LINK_ID)
        .and_then(|link| link.get_attribute("href"))
        .ok_or_else(|| format!("this page does not name the analyzer's data (no #{LINK_ID} link). {RETRY}"))?;
    let response = Request::get(&url)
        .send()
        .await
        .map_err(|e| format!("could not load the highlights' data ({url}: {e}). {RETRY}"))?;
    if !response.ok() {
        return Err(format!(
            "could not load the highlights' data ({url}: the server answered {} {}). {RETRY}",
            response.status(),
            response.status_text()
        ));
    }
    let bytes = response.binary().await.map_err(|e| format!("could not read {url}: {e}. {RETRY}"))?;
    AnalyzerData::from_bytes(&bytes).map_err(|e| format!("{e}. {RETRY}"))
}

/// The data, once it has arrived (or failed): for background work such as
/// indexing and comparing the library, which has nothing to do before.
pub async fn loaded() -> Loaded {
    if let Some(loaded) = current() {
        return loaded;
    }
    let promise = js_sys::Promise::new(&mut |resolve, _reject| {
        when_loaded(move |_| {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    current().unwrap_or_else(|| Err("The analyzer's data did not arrive.".to_owned()))
}
