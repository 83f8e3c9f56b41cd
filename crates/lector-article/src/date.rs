use std::fmt;

use serde::{Deserialize, Serialize};

/// A calendar date as articles state it (`YYYY-MM-DD`). No time zone and no
/// time: news front matter rarely states either, and Lector never invents one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct IsoDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl IsoDate {
    pub fn parse(value: &str) -> Option<IsoDate> {
        let bytes = value.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year: u16 = value[0..4].parse().ok()?;
        let month: u8 = value[5..7].parse().ok()?;
        let day: u8 = value[8..10].parse().ok()?;
        let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (1..=days_in_month).contains(&day).then_some(IsoDate { year, month, day })
    }

    /// "8 September 2024": unambiguous for readers on both sides of the Atlantic.
    pub fn human(&self) -> String {
        format!("{} {} {}", self.day, MONTHS[usize::from(self.month - 1)], self.year)
    }
}

impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for IsoDate {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        IsoDate::parse(&value).ok_or_else(|| format!("'{value}' is not a date of the form YYYY-MM-DD"))
    }
}

impl From<IsoDate> for String {
    fn from(date: IsoDate) -> String {
        date.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_calendar_dates() {
        let table = [
            ("2024-09-08", Some((2024, 9, 8))),
            ("2024-02-29", Some((2024, 2, 29))),
            ("2023-02-29", None),
            ("1900-02-29", None),
            ("2000-02-29", Some((2000, 2, 29))),
            ("2024-13-01", None),
            ("2024-04-31", None),
            ("2024-9-8", None),
            ("08/09/2024", None),
            ("", None),
        ];
        for (input, want) in table {
            let got = IsoDate::parse(input).map(|d| (d.year, d.month, d.day));
            assert_eq!(got, want, "{input:?}");
        }
    }

    #[test]
    fn shows_dates_without_ambiguity() {
        assert_eq!(IsoDate::parse("2022-12-09").map(|d| d.human()).as_deref(), Some("9 December 2022"));
    }
}
