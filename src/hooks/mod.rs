//! Named hooks: the reader's behaviour (caret mode, opening cards, deep
//! links, keys, following the selection), kept out of the components so
//! that those only render and dispatch.

pub mod analysed;
pub mod analyzer;
pub mod annotations;
pub mod article_selection;
pub mod attach_kept;
pub mod card_opener;
pub mod caret_mode;
pub mod claims_elsewhere;
pub mod corrected_article;
pub mod deep_link;
pub mod library_filters;
pub mod orphan_attach;
pub mod own_articles;
pub mod page_arrival;
pub mod reader_keys;
pub mod refocus;
