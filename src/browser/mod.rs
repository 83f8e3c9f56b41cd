//! Every browser API the app uses, one small module each, so that the rest of
//! the app (and its tests) see plain Rust functions with typed errors.

pub mod dom;
pub mod fetch;
pub mod local_storage;
pub mod theme;
