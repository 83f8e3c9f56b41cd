//! Runs the `lector` binary as scripts do: arguments, optional standard
//! input, and the whole output, for the CLI tests to judge.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `lector ARGS`, writing `stdin` (if any) and closing it, and returns
/// what it printed and how it exited.
pub fn run_lector(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lector"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("lector runs");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("lector finishes")
}
