//! State that several views share, as reducers provided through context
//! (the pattern of yew's function_todomvc: a model, an `Action`, `Reducible`).

pub mod analysed;
pub mod analysed_provider;
pub mod annotations;
pub mod annotations_provider;
pub mod corrections;
pub mod corrections_provider;
pub mod library;
pub mod library_provider;
pub mod notices;
pub mod prefs;
pub mod search;
pub mod search_provider;
