//! Table-driven tests of what a reader notices: what a query finds and in
//! which order, who the library is about, which articles a filter keeps.

mod entities;
mod filters;
mod search;
