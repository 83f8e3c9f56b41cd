//! Behaviour tests on invented pages.
