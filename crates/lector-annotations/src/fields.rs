//! Reading fields of untrusted JSON objects, knowing where each one is.
//!
//! serde's derived deserializers stop at the first error and say "missing
//! field `end` at line 1 column 88213", which does not tell a reader which of
//! 400 annotations is wrong. Reading through [`Fields`] keeps the JSON path of
//! every value, so an error can say "annotation 212, field
//! `target.position.end`".

use serde_json::{Map, Value};

use crate::limits::MAX_OFFSET;

/// A field that is missing or has the wrong type or value.
#[derive(Debug)]
pub(crate) struct Fault {
    pub field: String,
    pub message: String,
}

impl Fault {
    pub(crate) fn new(field: impl Into<String>, message: impl Into<String>) -> Fault {
        Fault { field: field.into(), message: message.into() }
    }
}

/// A JSON object at a known path.
pub(crate) struct Fields<'a> {
    map: &'a Map<String, Value>,
    path: String,
}

impl<'a> Fields<'a> {
    /// `path` is where `value` is ("" for an item itself).
    pub(crate) fn of(value: &'a Value, path: &str) -> Result<Fields<'a>, Fault> {
        match value {
            Value::Object(map) => Ok(Fields { map, path: path.to_owned() }),
            other => Err(Fault::new(path, format!("must be an object {{…}}, found {}", describe(other)))),
        }
    }

    pub(crate) fn path(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// Refuses, by name, a key that is not in `known`: a file's field Lector
    /// does not know would otherwise be dropped without a word.
    pub(crate) fn only(&self, known: &[&str]) -> Result<(), Fault> {
        match self.map.keys().find(|key| !known.contains(&key.as_str())) {
            None => Ok(()),
            Some(key) => Err(Fault::new(
                self.path(key),
                format!("is not a field Lector knows (it reads {}); remove it, or import the file in the W3C format, which keeps such fields", known.join(", ")),
            )),
        }
    }

    /// Every key and value, nulls included.
    pub(crate) fn map(&self) -> &'a Map<String, Value> {
        self.map
    }

    pub(crate) fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn required(&self, key: &str) -> Result<&'a Value, Fault> {
        self.get(key).ok_or_else(|| Fault::new(self.path(key), "is missing"))
    }

    pub(crate) fn str(&self, key: &str) -> Result<&'a str, Fault> {
        let value = self.required(key)?;
        value.as_str().ok_or_else(|| Fault::new(self.path(key), format!("must be a string, found {}", describe(value))))
    }

    /// A string that may be absent (then empty).
    pub(crate) fn str_or_empty(&self, key: &str) -> Result<&'a str, Fault> {
        match self.get(key) {
            None => Ok(""),
            Some(_) => self.str(key),
        }
    }

    /// A character offset: a whole number of 0 or more, at most [`MAX_OFFSET`].
    pub(crate) fn index(&self, key: &str) -> Result<usize, Fault> {
        let value = self.required(key)?;
        let fault = |message: String| Fault::new(self.path(key), message);
        if let Some(n) = value.as_u64() {
            return match usize::try_from(n) {
                Ok(n) if n <= MAX_OFFSET => Ok(n),
                _ => Err(fault(too_large(u128::from(n)))),
            };
        }
        // Large whole numbers written as floats (4294967296.0, 1e20) are too large, not "not whole".
        match value.as_f64() {
            Some(x) if x.fract() == 0.0 && x > MAX_OFFSET as f64 => Err(fault(too_large(x as u128))),
            _ => Err(fault(format!("must be a whole number of 0 or more, found {}", describe(value)))),
        }
    }

    pub(crate) fn object(&self, key: &str) -> Result<Fields<'a>, Fault> {
        Fields::of(self.required(key)?, &self.path(key))
    }

    pub(crate) fn array(&self, key: &str) -> Result<&'a [Value], Fault> {
        let value = self.required(key)?;
        match value {
            Value::Array(items) => Ok(items),
            other => Err(Fault::new(self.path(key), format!("must be a list […], found {}", describe(other)))),
        }
    }

    /// A list of strings.
    pub(crate) fn strings(&self, key: &str) -> Result<Vec<&'a str>, Fault> {
        let items = match self.get(key) {
            None => return Ok(Vec::new()),
            Some(_) => self.array(key)?,
        };
        items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                item.as_str().ok_or_else(|| {
                    Fault::new(
                        format!("{}[{i}]", self.path(key)),
                        format!("must be a string, found {}", describe(item)),
                    )
                })
            })
            .collect()
    }
}

/// The message for an offset past any article.
pub(crate) fn too_large(n: u128) -> String {
    format!("{n} is too large: positions count the characters of an article, which has at most {MAX_OFFSET}")
}

/// A short description of a JSON value for error messages.
pub(crate) fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => crate::id::quoted(s),
        Value::Array(items) => format!("a list of {}", items.len()),
        Value::Object(_) => "an object".into(),
    }
}
