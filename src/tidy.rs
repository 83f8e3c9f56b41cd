//! Rules of the source tree that a reviewer would otherwise have to check
//! by eye (as rust-analyzer's tidy tests do), run as host tests.

use std::fs;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The code of a file without its comments (line comments, doc comments).
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().filter_map(|(i, line)| {
        let code = line.split("//").next().unwrap_or("");
        (!code.trim().is_empty()).then_some((i + 1, code))
    })
}

/// Whether `code` names `word` as a whole identifier.
fn names(code: &str, word: &str) -> bool {
    code.match_indices(word).any(|(at, _)| {
        let before = code[..at].chars().next_back();
        let after = code[at + word.len()..].chars().next();
        let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        !ident(before) && !ident(after)
    })
}

/// Lines of the files under `dir` (but not under `except`) that name one of `words`.
fn offenders(dir: &Path, except: &[PathBuf], words: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for file in rust_files(dir) {
        if except.iter().any(|except| file.starts_with(except)) {
            continue;
        }
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for (line, code) in code_lines(&text) {
            if let Some(word) = words.iter().find(|w| names(code, w)) {
                let shown = file.strip_prefix(root()).unwrap_or(&file).display();
                found.push(format!("{shown}:{line}: {word}"));
            }
        }
    }
    found
}

#[test]
fn only_src_browser_talks_to_the_browser() {
    let src = root().join("src");
    let found = offenders(
        &src,
        &[src.join("browser"), src.join("tidy.rs")],
        &["web_sys", "gloo", "wasm_bindgen", "js_sys", "wasm_bindgen_futures"],
    );
    assert!(
        found.is_empty(),
        "browser APIs belong behind src/browser/ (a function or a hook there):\n{}",
        found.join("\n")
    );
}

/// The dependencies a crate's own code may use, as named in its manifest:
/// `[dependencies]` and per-target dependencies, not those of its tests and
/// benches (a browser benchmark may drive the browser).
fn runtime_dependencies(manifest: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut runtime = false;
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            runtime = line == "[dependencies]" || line.starts_with("[target.") && line.ends_with(".dependencies]");
        } else if runtime {
            keys.extend(line.split(['=', '.']).next().map(str::trim).filter(|key| !key.is_empty()));
        }
    }
    keys
}

#[test]
fn the_plain_crates_do_no_io_and_know_no_web_types() {
    let forbidden = [
        "web_sys",
        "wasm_bindgen",
        "js_sys",
        "gloo",
        "yew",
        "fs",
        "Instant",
        "SystemTime",
        "thread_rng",
        "getrandom",
        "stdin",
        "stdout",
        "TcpStream",
    ];
    for krate in [
        "lector-text",
        "lector-article",
        "lector-analysis",
        "lector-annotations",
        "lector-train",
        "lector-compare",
        "lector-extract",
        "lector-search",
        "lector-library",
        "lector-versions",
    ] {
        let dir = root().join("crates").join(krate);
        let found = offenders(&dir.join("src"), &[], &forbidden);
        assert!(found.is_empty(), "{krate} must stay pure (the app and the CLI pass I/O in):\n{}", found.join("\n"));
        let manifest = fs::read_to_string(dir.join("Cargo.toml")).expect("every crate has a manifest");
        let keys = runtime_dependencies(&manifest);
        for dependency in ["web-sys", "wasm-bindgen", "js-sys", "gloo", "yew", "getrandom", "rand"] {
            assert!(!keys.contains(&dependency), "{krate} depends on {dependency}");
        }
    }
}

#[test]
fn the_checks_see_what_they_look_for() {
    // The rules above must fail on the code they forbid.
    assert!(names("let w = web_sys::window();", "web_sys"));
    assert!(!names("let my_web_sys_note = 1;", "web_sys"));
    assert!(names("use std::fs;", "fs"));
    assert!(!names("let offsets = 1;", "fs"));
    let lines: Vec<_> = code_lines("// web_sys in a comment\nlet x = 1; // gloo\n").collect();
    assert_eq!(lines, [(2, "let x = 1; ")]);
    let manifest = "[package]\nname = \"x\"\n[dependencies]\nserde.workspace = true\n\
        [target.'cfg(target_arch = \"wasm32\")'.dependencies]\nweb-sys = \"0.3\"\n\
        [dev-dependencies]\ngloo = \"0.11\"\n";
    assert_eq!(runtime_dependencies(manifest), ["serde", "web-sys"]);
}

/// The rows of the table under `heading` in `markdown`, as cells.
fn table_after(markdown: &str, heading: &str) -> Vec<Vec<String>> {
    let Some((_, after)) = markdown.split_once(heading) else { return Vec::new() };
    after
        .lines()
        .skip_while(|line| !line.starts_with('|'))
        .take_while(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| line.trim().trim_matches('|').split('|').map(|cell| cell.trim().to_string()).collect())
        .collect()
}

#[test]
fn the_readme_lists_the_shortcuts_the_keys_run_on() {
    let readme = fs::read_to_string(root().join("README.md")).expect("README.md is readable");
    let listed = table_after(&readme, "### Keys");
    let keymap: Vec<Vec<String>> =
        crate::keymap::KEYMAP.iter().map(|b| vec![format!("`{}`", b.shown), b.does.to_string()]).collect();
    assert_eq!(listed, keymap, "README.md's key table is the KEYMAP (src/keymap.rs), row for row");
}

/// The longest a function of the shell may be: past this it does two things.
const MAX_FUNCTION_LINES: usize = 100;

/// Each function in `text` as (name, first line, lines), from its `fn` line
/// to the brace that closes its body (braces in string literals ignored).
fn functions(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let Some(at) = code.find("fn ").filter(|&at| at == 0 || code[..at].ends_with(' ')) else { continue };
        let name: String = code[at + 3..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let (mut depth, mut opened, mut in_string, mut escaped) = (0usize, false, false, false);
        'body: for (offset, line) in lines[start..].iter().enumerate() {
            for c in line.chars() {
                match (in_string, c) {
                    (true, _) if escaped => escaped = false,
                    (true, '\\') => escaped = true,
                    (_, '"') => in_string = !in_string,
                    (false, '{') => (depth, opened) = (depth + 1, true),
                    (false, '}') => depth = depth.saturating_sub(1),
                    (false, ';') if !opened => break 'body,
                    _ => {}
                }
                if opened && depth == 0 {
                    found.push((name.clone(), start + 1, offset + 1));
                    break 'body;
                }
            }
        }
    }
    found
}

#[test]
fn no_function_of_the_shell_is_longer_than_a_screen_or_two() {
    let mut long = Vec::new();
    for file in rust_files(&root().join("src")) {
        let text = fs::read_to_string(&file).unwrap_or_else(|e| panic!("cannot read {}: {e}", file.display()));
        for (name, line, length) in functions(&text) {
            if length > MAX_FUNCTION_LINES {
                let shown = file.strip_prefix(root()).unwrap_or(&file).display().to_string();
                long.push(format!("{shown}:{line}: {name} is {length} lines"));
            }
        }
    }
    assert!(long.is_empty(), "split these into hooks, components or helpers:\n{}", long.join("\n"));
}

#[test]
fn function_lengths_are_measured_from_fn_to_its_closing_brace() {
    let text = "fn one() {\n    let s = \"}{\";\n}\n\npub fn two(x: u8) -> u8 {\n    if x > 1 {\n        x\n    } else {\n        0\n    }\n}\nfn declared();\n";
    assert_eq!(functions(text), [("one".to_string(), 1, 3), ("two".to_string(), 5, 7)]);
}
