//! Provides the library (`state/library.rs`) to every view.

use yew::prelude::*;

use crate::browser::task::spawn;
use crate::own_library;
use crate::state::annotations::{AnnotationAction, AnnotationsContext};
use crate::state::library::{Library, LibraryAction, LibraryContext};
use crate::state::notices::NoticeKind;

#[derive(Properties, PartialEq)]
pub struct LibraryProviderProps {
    pub children: Html,
}

/// Provides the library. The reader's own articles are read from the
/// browser's storage after the first render; what could not be read is
/// reported (and kept, see `own_library`).
#[component(LibraryProvider)]
pub fn library_provider(props: &LibraryProviderProps) -> Html {
    let library = use_reducer(Library::bundled);
    {
        let library = library.clone();
        let annotations = use_context::<AnnotationsContext>().expect("rendered inside AnnotationsProvider");
        use_effect_with((), move |_| {
            spawn(async move {
                let loaded = own_library::load_at_startup().await;
                library.dispatch(LibraryAction::OwnLoaded(loaded.articles));
                for problem in loaded.problems {
                    let title = "An article of yours is not shown".to_string();
                    annotations.dispatch(AnnotationAction::Notify(NoticeKind::Error { title, message: problem }));
                }
            })
        });
    }
    html! {
        <ContextProvider<LibraryContext> context={library}>
            { props.children.clone() }
        </ContextProvider<LibraryContext>>
    }
}
