//! The highlight palette.
//!
//! Five named colours, chosen so that each stays distinguishable for readers
//! with colour-vision deficiencies *when the UI pairs it with its own pattern*
//! (solid, underline, dots, stripes…): the hue alone is never the only cue.
//! Only names are stored; what they look like is the UI's business.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::error::FieldError;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Colour {
    #[default]
    Yellow,
    Blue,
    Pink,
    Green,
    Purple,
}

impl Colour {
    /// In the order the palette shows them.
    pub const ALL: [Colour; 5] = [Colour::Yellow, Colour::Blue, Colour::Pink, Colour::Green, Colour::Purple];

    /// The stored name, also usable as a CSS class suffix.
    pub fn name(self) -> &'static str {
        match self {
            Colour::Yellow => "yellow",
            Colour::Blue => "blue",
            Colour::Pink => "pink",
            Colour::Green => "green",
            Colour::Purple => "purple",
        }
    }

    /// Case-insensitive, so a hand-edited file with "Yellow" still imports.
    pub fn from_name(name: &str) -> Result<Colour, FieldError> {
        Colour::ALL.into_iter().find(|c| c.name().eq_ignore_ascii_case(name)).ok_or_else(|| {
            let names: Vec<&str> = Colour::ALL.iter().map(|c| c.name()).collect();
            FieldError::new(format!(
                "{} is not a colour Lector knows; use one of {}",
                crate::id::quoted(name),
                names.join(", ")
            ))
        })
    }

    /// A hex colour for tools that know nothing of Lector's palette (the W3C export's stylesheet).
    pub fn hex(self) -> &'static str {
        match self {
            Colour::Yellow => "#f5d90a",
            Colour::Blue => "#5b9bd5",
            Colour::Pink => "#e87ba4",
            Colour::Green => "#6cc070",
            Colour::Purple => "#a98bd4",
        }
    }
}

impl fmt::Display for Colour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Serialize for Colour {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_unknown_names_list_the_palette() {
        for colour in Colour::ALL {
            assert_eq!(Colour::from_name(colour.name()), Ok(colour));
            assert_eq!(Colour::from_name(&colour.name().to_uppercase()), Ok(colour));
        }
        let err = Colour::from_name("red").unwrap_err().to_string();
        assert!(err.contains("\"red\"") && err.contains("yellow, blue, pink, green, purple"), "{err}");
    }
}
