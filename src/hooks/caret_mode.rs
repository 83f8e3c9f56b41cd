//! Caret mode: a caret the arrow keys move through the article (see
//! `browser::caret`), drawn by the app.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::browser::{caret, selection};
use crate::geometry::CaretBox;
use crate::keymap::CaretMove;

#[derive(Clone)]
pub struct CaretMode {
    page: NodeRef,
    on: UseStateHandle<bool>,
    caret: UseStateHandle<Option<CaretBox>>,
    resume_at: Rc<RefCell<Option<usize>>>,
}

impl CaretMode {
    pub fn is_on(&self) -> bool {
        *self.on
    }

    /// Where to draw the caret, in caret mode.
    pub fn caret(&self) -> Option<CaretBox> {
        (*self.on).then_some(*self.caret).flatten()
    }

    pub fn toggle(&self) {
        let on = !*self.on;
        self.on.set(on);
        self.caret.set(if on { caret::start_in(&self.page) } else { None });
    }

    pub fn leave(&self) {
        self.on.set(false);
        self.caret.set(None);
    }

    pub fn step(&self, to: CaretMove) {
        self.caret.set(caret::step_in(&self.page, to.forward, to.by, to.extend));
    }

    /// The keyboard reader goes on from the end of what they annotated: the
    /// caret goes to character `offset` after the next render (the new mark
    /// replaces the text nodes the selection was in).
    pub fn resume_at(&self, offset: usize) {
        *self.resume_at.borrow_mut() = Some(offset);
    }
}

#[hook]
pub fn use_caret_mode(page: NodeRef) -> CaretMode {
    let mode = CaretMode {
        page,
        on: use_state(|| false),
        caret: use_state(|| None::<CaretBox>),
        resume_at: use_mut_ref(|| None::<usize>),
    };
    {
        let mode = mode.clone();
        use_effect(move || {
            let Some(offset) = mode.resume_at.borrow_mut().take() else { return };
            selection::collapse_in_article(&mode.page, offset);
            if *mode.on {
                mode.caret.set(caret::box_in(&mode.page));
            }
        });
    }
    mode
}
