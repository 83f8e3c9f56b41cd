use super::*;

fn press(key: &str, modifiers: &str) -> KeyPress {
    KeyPress::new(key, modifiers.contains("ctrl"), modifiers.contains("alt"), modifiers.contains("shift"))
}

fn caret(forward: bool, by: Step, extend: bool) -> Option<Command> {
    Some(Command::Caret(CaretMove { forward, by, extend }))
}

#[test]
fn each_key_asks_for_what_the_overlay_says() {
    let cases = [
        (press("h", ""), Some(Command::Highlight)),
        (press("a", ""), Some(Command::Note)),
        (press("c", ""), Some(Command::ToggleCaret)),
        (press("?", "shift"), Some(Command::Help)),
        (press("Escape", ""), Some(Command::Escape)),
        (press("]", ""), Some(Command::StepAnnotation(true))),
        (press("[", ""), Some(Command::StepAnnotation(false))),
        (press("n", ""), Some(Command::StepHighlight(true))),
        (press("p", ""), Some(Command::StepHighlight(false))),
        (press("N", "shift"), Some(Command::StepHighlight(false))),
        (press("s", ""), Some(Command::StepSource(true))),
        (press("S", "shift"), Some(Command::StepSource(false))),
        (press("j", ""), Some(Command::StepPair(true))),
        (press("k", ""), Some(Command::StepPair(false))),
        (press("z", "ctrl"), Some(Command::Undo)),
        (press("Z", "ctrl"), Some(Command::Undo)),
        (press("Enter", "ctrl"), Some(Command::SaveNote)),
        (press("/", ""), Some(Command::FocusSearch)),
        (press("1", ""), Some(Command::AttachPlace(0))),
        (press("2", ""), Some(Command::AttachPlace(1))),
        (press("3", ""), Some(Command::AttachPlace(2))),
        (press("ArrowRight", ""), caret(true, Step::Character, false)),
        (press("ArrowLeft", "shift"), caret(false, Step::Character, true)),
        (press("ArrowRight", "ctrl shift"), caret(true, Step::Word, true)),
        (press("ArrowLeft", "alt"), caret(false, Step::Word, false)),
        (press("ArrowDown", ""), caret(true, Step::Line, false)),
        (press("Home", "shift"), caret(false, Step::LineBoundary, true)),
        (press("End", ""), caret(true, Step::LineBoundary, false)),
    ];
    for (press, expected) in cases {
        assert_eq!(command(&press), expected, "{press:?}");
    }
}

#[test]
fn modified_letters_and_other_keys_are_left_to_the_browser() {
    for press in [
        press("h", "ctrl"),
        press("c", "ctrl"),
        press("a", "alt"),
        press("z", "ctrl shift"),
        press("z", ""),
        press("x", ""),
        press("4", ""),
        press("1", "ctrl"),
        press("Tab", ""),
        press("Enter", ""),
    ] {
        assert_eq!(command(&press), None, "{press:?}");
    }
}

#[test]
fn every_command_has_a_row_and_every_row_a_distinct_key() {
    let shown: Vec<&str> = KEYMAP.iter().map(|b| b.shown).collect();
    let mut unique = shown.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), shown.len(), "{shown:?}");
    for group in Group::ALL {
        assert!(KEYMAP.iter().any(|b| b.group == group), "{group:?} has no row");
    }
}
