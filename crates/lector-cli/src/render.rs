//! `lector render FILE.md`: the text that offsets in `lector analyze` output,
//! annotation positions and the evaluation gold refer to.

use crate::input::{read_text, rendered_text};

pub fn run(args: &[String]) -> Result<(), String> {
    let [path] = args else {
        return Err("usage: lector render FILE.md".into());
    };
    print!("{}", rendered_text(path, read_text(path)?)?);
    Ok(())
}
