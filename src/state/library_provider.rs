//! Provides the library (`state/library.rs`) to every view.

use yew::prelude::*;

use crate::state::library::{Library, LibraryAction, LibraryContext};

#[derive(Properties, PartialEq)]
pub struct LibraryProviderProps {
    pub children: Html,
}

/// Provides the library. The reader's own articles are not stored yet, so
/// the list of own articles is known (empty) as soon as the app starts.
#[component(LibraryProvider)]
pub fn library_provider(props: &LibraryProviderProps) -> Html {
    let library = use_reducer(Library::bundled);
    {
        let library = library.clone();
        use_effect_with((), move |_| library.dispatch(LibraryAction::OwnLoaded(Vec::new())));
    }
    html! {
        <ContextProvider<LibraryContext> context={library}>
            { props.children.clone() }
        </ContextProvider<LibraryContext>>
    }
}
