//! A library article read and analysed for comparing: its entry, the opened
//! article (text and analysis, as the reader shows it) and its fingerprint.

use std::rc::Rc;

use lector_compare::{compare, Comparison, Fingerprint, Side};

use crate::opened::OpenedArticle;
use crate::state::library::Entry;

pub struct Analysed {
    pub entry: Entry,
    pub opened: Rc<OpenedArticle>,
    pub fingerprint: Fingerprint,
    /// How sentences name it when not by its outlet or title ("version 1").
    pub name: Option<String>,
}

impl PartialEq for Analysed {
    fn eq(&self, other: &Self) -> bool {
        self.entry == other.entry && Rc::ptr_eq(&self.opened, &other.opened)
    }
}

impl Analysed {
    pub fn new(entry: Entry, opened: Rc<OpenedArticle>) -> Analysed {
        let fingerprint = Fingerprint::of_text(opened.text());
        Analysed { entry, opened, fingerprint, name: None }
    }

    pub fn id(&self) -> &str {
        &self.entry.meta.id
    }

    pub fn side(&self) -> Side<'_> {
        let meta = &self.entry.meta;
        Side {
            text: self.opened.text(),
            analysis: &self.opened.analysis,
            outlet: meta.outlet.as_deref(),
            date: meta.date,
        }
    }

    /// How a reader names the article in a sentence: its outlet's report
    /// ("AP's report") when the article states its outlet, else its title.
    pub fn named(&self) -> String {
        if let Some(name) = &self.name {
            return name.clone();
        }
        match &self.entry.meta.outlet {
            Some(outlet) => format!("{outlet}'s report"),
            None => format!("“{}”", self.entry.meta.title),
        }
    }
}

/// `a` compared with `b` (A is `a`).
pub fn compare_pair(a: &Analysed, b: &Analysed) -> Comparison {
    compare(&a.side(), &b.side())
}
