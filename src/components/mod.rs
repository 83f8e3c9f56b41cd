//! Function components. They render state and dispatch actions; they hold no
//! logic that could live in a plain-Rust crate.

pub mod article_body;
pub mod header;
pub mod highlight_popover;
pub mod legend;
pub mod library;
pub mod not_found;
pub mod reader;
pub mod sourcing_profile;
pub mod theme_toggle;
