//! Regular English verb forms, so a lexicon lists "deny~" once instead of
//! "deny denies denied denying". Irregular verbs are listed in full in the
//! lexicon; this only has to be right for the regular ones.

/// The base, third person singular, past and -ing forms of a regular verb.
pub(crate) fn verb_forms(base: &str) -> [String; 4] {
    let stem_y = base.strip_suffix('y').filter(|stem| stem.chars().last().is_some_and(|c| !is_vowel(c)));
    if let Some(stem) = stem_y {
        return [base.to_string(), format!("{stem}ies"), format!("{stem}ied"), format!("{base}ing")];
    }
    if let Some(stem) = base.strip_suffix('e') {
        let ing = if base.ends_with("ee") { format!("{base}ing") } else { format!("{stem}ing") };
        return [base.to_string(), format!("{base}s"), format!("{base}d"), ing];
    }
    let sibilant = ["s", "sh", "ch", "x", "z"].iter().any(|end| base.ends_with(end));
    let third = if sibilant { format!("{base}es") } else { format!("{base}s") };
    [base.to_string(), third, format!("{base}ed"), format!("{base}ing")]
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

#[cfg(test)]
mod tests {
    use super::*;

    const FORMS: &[(&str, [&str; 4])] = &[
        ("believe", ["believe", "believes", "believed", "believing"]),
        ("deny", ["deny", "denies", "denied", "denying"]),
        ("suspect", ["suspect", "suspects", "suspected", "suspecting"]),
        ("accuse", ["accuse", "accuses", "accused", "accusing"]),
        ("assess", ["assess", "assesses", "assessed", "assessing"]),
        ("point", ["point", "points", "pointed", "pointing"]),
        ("display", ["display", "displays", "displayed", "displaying"]),
        ("agree", ["agree", "agrees", "agreed", "agreeing"]),
    ];

    #[test]
    fn makes_the_four_forms_of_regular_verbs() {
        for (base, expected) in FORMS {
            assert_eq!(verb_forms(base), expected.map(String::from), "{base}");
        }
    }
}
