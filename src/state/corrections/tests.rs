//! The corrections reducer on the host: each action with the id, time or
//! save outcome it carries, and what the reader would see come of it.

use lector_annotations::corrections::{encode_corrections, with_corrections};

use super::*;

const TEXT: &str = "Officials said the talks may resume on Monday.\n\nA second paragraph.";

fn at(n: u64) -> Timestamp {
    Timestamp::from_millis(1_795_457_660_000 + n * 1000).expect("a valid time")
}

fn id(n: u64) -> AnnotationId {
    AnnotationId::parse(&format!("3f2b8c1e-9d4a-4c6b-8e21-{n:012x}")).expect("a valid id")
}

fn article() -> ArticleId {
    ArticleId::parse("talks_resume").expect("a valid article id")
}

fn add(n: u64, start: usize, end: usize, fix: Fix) -> CorrectionsAction {
    CorrectionsAction::Add {
        id: id(n),
        article: article(),
        text: Rc::new(ArticleText::new(TEXT)),
        span: Span::new(start, end),
        fix,
        at: at(n),
    }
}

fn dismiss_may(n: u64) -> CorrectionsAction {
    add(n, 25, 28, Fix::DismissCue { kind: "uncertainty".into() })
}

fn saving() -> Rc<Corrections> {
    Rc::new(Corrections::from_startup(CorrectionsStartup { set: CorrectionSet::new(), may_save: true, problem: None }))
}

fn run(state: Rc<Corrections>, actions: Vec<CorrectionsAction>) -> Rc<Corrections> {
    actions.into_iter().fold(state, |state, action| state.reduce(action))
}

#[test]
fn each_change_is_kept_and_offered_for_saving_and_undo_brings_a_removal_back() {
    // (actions, corrections left, may be undone, to save)
    let cases: Vec<(Vec<CorrectionsAction>, usize, bool, bool)> = vec![
        (vec![dismiss_may(1)], 1, false, true),
        (vec![dismiss_may(1), dismiss_may(2)], 1, false, true),
        (
            vec![dismiss_may(1), add(2, 0, 9, Fix::AddAttribution { source: "U.S. officials".into(), named: false })],
            2,
            false,
            true,
        ),
        (vec![dismiss_may(1), CorrectionsAction::Remove(id(1))], 0, true, true),
        (vec![dismiss_may(1), CorrectionsAction::Remove(id(1)), CorrectionsAction::UndoRemove], 1, false, true),
        (vec![CorrectionsAction::Remove(id(7))], 0, false, false),
        (vec![add(1, 40, 40, Fix::AddCue { kind: "uncertainty".into() })], 0, false, false),
    ];
    for (i, (actions, left, can_undo, to_save)) in cases.into_iter().enumerate() {
        let state = run(saving(), actions);
        assert_eq!(
            (state.set().len(), state.can_undo(), state.to_save().is_some()),
            (left, can_undo, to_save),
            "case {i}"
        );
    }
}

#[test]
fn a_refused_save_says_the_quota_is_full_and_keeps_the_change() {
    let state = run(saving(), vec![dismiss_may(1)]);
    let set = state.to_save().expect("a change to save");
    let state = state.reduce(CorrectionsAction::Saved { set: set.clone(), result: Err(StorageError::QuotaExceeded) });
    assert_eq!(state.set().len(), 1);
    assert!(state.to_save().is_some(), "retried with the next change");
    assert!(
        matches!(&state.status, Some(Status::Problem(m)) if m.contains("full") && m.contains("Export")),
        "{:?}",
        state.status
    );
    let state = state.reduce(CorrectionsAction::Saved { set, result: Ok(()) });
    assert!(state.to_save().is_none());
    assert!(matches!(&state.status, Some(Status::Done(m)) if m.contains("stored")));
}

#[test]
fn data_that_may_not_be_overwritten_is_never_saved() {
    let startup = CorrectionsStartup { set: CorrectionSet::new(), may_save: false, problem: Some("newer".into()) };
    let state = run(Rc::new(Corrections::from_startup(startup)), vec![dismiss_may(1)]);
    assert_eq!(state.set().len(), 1);
    assert!(state.to_save().is_none());
}

#[test]
fn an_imported_export_adds_its_corrections_once_and_a_bad_one_changes_nothing() {
    let made = run(saving(), vec![dismiss_may(1)]);
    let export =
        with_corrections("{\"schema\":\"lector-annotations\",\"version\":2,\"annotations\":[]}", made.set(), None);
    let import = |raw: &str| CorrectionsAction::Import { file_name: "notes.json".into(), raw: raw.into() };
    let fresh = run(saving(), vec![import(&export)]);
    assert_eq!(fresh.set(), made.set());
    let again = run(fresh.clone(), vec![import(&export)]);
    assert_eq!(again.set().len(), 1);
    assert!(matches!(&again.status, Some(Status::Done(m)) if m.contains("0 corrections added")), "{:?}", again.status);
    let broken = run(saving(), vec![import(&export.replace("dismiss_cue", "dismiss"))]);
    assert!(broken.set().is_empty());
    assert!(matches!(&broken.status, Some(Status::Problem(_))));
    // Files without corrections say nothing here (the annotations' import reports on them).
    assert_eq!(run(saving(), vec![import("{\"annotations\":[]}")]).status, None);
}

#[test]
fn another_tab_s_removal_shows_here_unless_this_tab_has_unsaved_corrections() {
    let both = run(saving(), vec![dismiss_may(1), add(2, 0, 9, Fix::AddCue { kind: "uncertainty".into() })]);
    let saved = both.clone().reduce(CorrectionsAction::Saved { set: both.set.clone(), result: Ok(()) });
    let mut theirs = both.set().clone();
    theirs.remove(&id(2));
    let raw = encode_corrections(&theirs);
    let here = saved.reduce(CorrectionsAction::FromOtherTab(raw.clone()));
    assert_eq!(here.set(), &theirs);
    assert!(here.to_save().is_none(), "no echo");
    let unsaved = both.reduce(CorrectionsAction::FromOtherTab(raw));
    assert_eq!(unsaved.set().len(), 2);
}
