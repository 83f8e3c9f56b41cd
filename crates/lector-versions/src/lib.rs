//! Versions of one article (issue 17). News is edited after publication; a
//! reader who adds the updated page should find it under the article they
//! already have, with their annotations on the new words and the edits
//! listed. This crate holds the decisions, with no I/O (the app passes texts
//! and stored facts in):
//!
//! - `matching.rs`: whether an added text is a newer version of a library
//!   article (same page address, or a text that matches it closely by
//!   `lector-compare`'s fingerprint), and of which.
//! - `history.rs`: the versions of one article as the reader sees them
//!   (numbered oldest first, the newest marked, the one the reader annotated).
//! - `following.rs`: how the reader's annotations followed onto a version
//!   (moved exactly, re-found approximately, orphaned).
//! - `changes.rs`: what changed between two versions, from `lector-compare`'s
//!   comparison (sentences added, cut and edited; hedges and sources added,
//!   dropped or changed).

mod address;
pub mod changes;
pub mod following;
pub mod history;
pub mod matching;

pub use address::same_page;
pub use changes::{changes, Changes};
pub use following::{FollowReport, Followed};
pub use history::{Version, Versions};
pub use matching::{version_of, Because, Known, VersionOf, SIMILAR};
