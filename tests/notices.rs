//! The messages about the reader's annotations (`state::notices`): a pile of
//! messages never pushes out the one that holds the copy of unreadable data,
//! which is the reader's only way to download it and let saving resume.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use lector_app::browser::annotation_storage::Backup;
use lector_app::state::notices::{NoticeKind, Notices, MAX_SHOWN};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn backup() -> Rc<Backup> {
    Rc::new(Backup {
        key: Some("lector.annotations.backup.2026-11-23T18:14:20.123Z".into()),
        file_name: "lector-annotations-backup-2026-11-23T18-14-20.json".into(),
        raw: "{\"schema\":\"lector-annotations\",\"version\":1,\"annotations\":[{\"id\":".into(),
    })
}

fn error(n: usize) -> NoticeKind {
    NoticeKind::Error { title: format!("import {n} failed"), message: "the file is not valid JSON".into() }
}

fn kinds(notices: &Notices) -> Vec<&NoticeKind> {
    notices.list.iter().map(|n| &n.kind).collect()
}

#[wasm_bindgen_test]
fn the_backup_notice_outlives_a_pile_of_persistent_messages() {
    let mut notices = Notices::default();
    let damaged = NoticeKind::Backup { message: "1 saved annotation could not be read".into(), backup: backup() };
    notices.push(damaged.clone());
    for n in 0..3 * MAX_SHOWN {
        notices.push(error(n));
        notices.push(NoticeKind::Info(format!("exported {n}")));
    }
    assert_eq!(notices.list.len(), MAX_SHOWN, "the cap still holds for other messages");
    assert_eq!(kinds(&notices)[0], &damaged, "the backup notice is still offered");
    let newest: Vec<NoticeKind> = (3 * MAX_SHOWN - (MAX_SHOWN - 1)..3 * MAX_SHOWN).map(error).collect();
    assert_eq!(kinds(&notices)[1..], newest.iter().collect::<Vec<_>>()[..], "older errors made room, newest kept");
}

#[wasm_bindgen_test]
fn a_blocked_notice_with_its_copy_is_never_pushed_out_either() {
    let mut notices = Notices::default();
    let blocked = NoticeKind::Blocked { message: "written by a newer Lector".into(), backup: backup() };
    notices.push(blocked.clone());
    notices.push(NoticeKind::Backup { message: "damaged".into(), backup: backup() });
    for n in 0..2 * MAX_SHOWN {
        notices.push(error(n));
    }
    let kept: Vec<&NoticeKind> = kinds(&notices).into_iter().filter(|k| k.holds_backup()).collect();
    assert_eq!(kept.len(), 2, "both notices holding a copy remain");
    assert_eq!(kept[0], &blocked);
    assert_eq!(notices.list.len(), MAX_SHOWN);
}

#[wasm_bindgen_test]
fn transient_messages_make_room_before_persistent_ones() {
    let mut notices = Notices::default();
    notices.push(error(0));
    for n in 0..MAX_SHOWN {
        notices.push(NoticeKind::Info(format!("done {n}")));
    }
    assert_eq!(notices.list.len(), MAX_SHOWN);
    assert_eq!(kinds(&notices)[0], &error(0), "the error stays while an info message can go");
}
