//! Function components. They render state and dispatch actions; they hold no
//! logic that could live in a plain-Rust crate.

pub mod add_article;
pub mod annotation_card;
pub mod annotation_popover;
pub mod annotation_tools;
pub mod annotations_sidebar;
pub mod article_body;
pub mod article_preview;
pub mod colour_palette;
pub mod drop_import;
pub mod foreign_list;
pub mod header;
pub mod help_overlay;
pub mod highlight_popover;
pub mod legend;
pub mod library;
pub mod not_found;
pub mod note_composer;
pub mod note_editor;
pub mod note_text;
pub mod notices;
pub mod reader;
pub mod selection_popover;
pub mod sourcing_profile;
pub mod tag_chips;
pub mod tag_input;
pub mod tag_suggestions;
pub mod theme_toggle;
pub mod transfer_panel;
