//! Behaviour a reader would notice, on invented articles: which sentences are
//! paired, how, and which shifts are named.

use lector_analysis::analyze;
use lector_article::IsoDate;

use crate::{compare, Comparison, Relation, ShiftKind, Side};

struct Article<'a> {
    text: &'a str,
    outlet: Option<&'a str>,
    date: Option<&'a str>,
}

fn plain(text: &str) -> Article<'_> {
    Article { text, outlet: None, date: None }
}

fn run(a: &Article, b: &Article) -> Comparison {
    let (analysis_a, analysis_b) = (analyze(a.text), analyze(b.text));
    compare(
        &Side { text: a.text, analysis: &analysis_a, outlet: a.outlet, date: a.date.and_then(IsoDate::parse) },
        &Side { text: b.text, analysis: &analysis_b, outlet: b.outlet, date: b.date.and_then(IsoDate::parse) },
    )
}

fn slice(text: &str, span: lector_text::Span) -> String {
    text.chars().skip(span.start).take(span.end - span.start).collect()
}

/// The pairs as (start of A's sentence, start of B's sentence), by their
/// first words, so a table reads as prose.
fn pairs(c: &Comparison, a: &str, b: &str) -> Vec<(String, String)> {
    let head = |s: String| s.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
    c.pairs.iter().map(|p| (head(slice(a, p.a)), head(slice(b, p.b)))).collect()
}

#[test]
fn counterparts_are_paired_whatever_their_order_or_split() {
    // (case, article A, article B, pairs by the first words of each sentence)
    type Case<'a> = (&'a str, &'a str, &'a str, &'a [(&'a str, &'a str)]);
    let table: &[Case] = &[
        (
            "reordered paragraphs",
            "The river burst its banks near Dorvale on Sunday night.\n\nAbout 300 homes were evacuated and two schools were closed.\n\nThe regional council said repairs to the levee would take a month.",
            "The regional council said repairs to the levee would take about a month.\n\nThe river burst its banks near Dorvale on Sunday night.\n\nAbout 300 homes were evacuated and two schools were shut.",
            &[("The river burst", "The river burst"), ("About 300 homes", "About 300 homes"), ("The regional council", "The regional council")],
        ),
        (
            "one sentence split in two",
            "The council approved the new budget on Tuesday, and Mayor Ana Ruiz said property taxes would stay flat next year.",
            "The council approved the new budget on Tuesday. Mayor Ana Ruiz said property taxes would stay flat next year.",
            &[("The council approved", "The council approved"), ("The council approved", "Mayor Ana Ruiz")],
        ),
        (
            "two sentences merged into one",
            "Harbor Freight Lines cancelled all sailings on Friday. The company blamed a strike by dock workers in Port Elin.",
            "Harbor Freight Lines cancelled all sailings on Friday, blaming a strike by dock workers in Port Elin.",
            &[("Harbor Freight Lines", "Harbor Freight Lines"), ("The company blamed", "Harbor Freight Lines")],
        ),
        (
            "a quote moved within its sentence",
            "\u{201c}We will reopen the bridge before the spring floods,\u{201d} Governor Tom Hale said on Monday.",
            "Governor Tom Hale said on Monday: \u{201c}We will reopen the bridge before the spring floods.\u{201d}",
            &[("\u{201c}We will reopen", "Governor Tom Hale")],
        ),
        (
            "a changed hedge keeps the claim",
            "Police believe the warehouse fire in Calder was started deliberately.",
            "Police suspect the warehouse fire in Calder was started deliberately.",
            &[("Police believe the", "Police suspect the")],
        ),
        (
            "negated: denied is not confirmed",
            "The ministry confirmed that the Varno steel plant will close in June.",
            "The ministry denied that the Varno steel plant will close in June.",
            &[],
        ),
        (
            "negated: did not",
            "The board approved the merger with Kessler Foods on Thursday.",
            "The board did not approve the merger with Kessler Foods on Thursday.",
            &[],
        ),
        (
            "an unrelated story",
            "The river burst its banks near Dorvale on Sunday night. About 300 homes were evacuated.",
            "Lena Marsh scored twice as Westbury beat Hollins 3-1 in the cup final. The win was Westbury's first title in a decade.",
            &[],
        ),
    ];
    for (name, a, b, want) in table {
        let c = run(&plain(a), &plain(b));
        let want: Vec<(String, String)> = want.iter().map(|(x, y)| (x.to_string(), y.to_string())).collect();
        assert_eq!(pairs(&c, a, b), want, "{name}");
    }
}

#[test]
fn copied_and_reworded_are_told_apart() {
    let table = [
        (
            "Shares of Norbank fell 4 percent on Monday after the bank cut its profit forecast.",
            "Shares of Norbank fell 4 percent on Monday after the bank lowered its profit forecast.",
            Relation::Copied,
        ),
        (
            "Shares of Norbank fell 4 percent on Monday after the bank cut its profit forecast.",
            "Norbank lowered its profit forecast, sending its shares down 4 percent on Monday.",
            Relation::Reworded,
        ),
    ];
    for (a, b, want) in table {
        let c = run(&plain(a), &plain(b));
        assert_eq!(c.pairs.iter().map(|p| p.relation).collect::<Vec<_>>(), vec![want], "{a} / {b}");
    }
}

#[test]
fn shifts_name_what_changed_between_counterparts() {
    let table: &[(&str, &str, &str, ShiftKind, &[&str])] = &[
        (
            "a hedge reworded",
            "Investigators believe the Ostrava dam was damaged by an explosion.",
            "Investigators suspect the Ostrava dam was damaged by an explosion.",
            ShiftKind::HedgeChanged,
            &["believe", "suspect"],
        ),
        (
            "an anonymous source dropped",
            "Carmaker Osko is cutting 2,000 jobs in Europe. Its Talvik plant will close in March, according to two people familiar with the plans. Unions called a strike for Friday.",
            "Carmaker Osko is cutting 2,000 jobs in Europe. Its Talvik plant will close in March. Unions have called a strike for Friday.",
            ShiftKind::AnonymousSourceDropped,
            &["according to two people familiar with"],
        ),
        (
            "a misquote",
            "Minister Elena Varga said: \u{201c}We never promised lower taxes this year.\u{201d}",
            "Minister Elena Varga said: \u{201c}We never promised lower fees this year.\u{201d}",
            ShiftKind::Misquote,
            &["taxes", "fees"],
        ),
        (
            "a person named in one version only",
            "The mayor of Brisk, Tomas Keller, opened the new library on Saturday. It holds 40,000 books.",
            "The mayor of Brisk opened the new library on Saturday. It holds 40,000 books.",
            ShiftKind::EntityOnlyInA,
            &["Tomas Keller"],
        ),
    ];
    for (name, a, b, kind, words) in table {
        let c = run(&plain(a), &plain(b));
        let shift = c.shifts.iter().find(|s| s.kind == *kind);
        let Some(shift) = shift else { panic!("{name}: no {kind:?} in {:?}", c.shifts) };
        for word in *words {
            assert!(shift.text.contains(word), "{name}: {:?} lacks {word:?}", shift.text);
        }
    }
}

#[test]
fn a_reuse_is_judged_by_how_it_credits_its_source() {
    let original = "LISBON (Meridian) \u{2014} Portugal will raise its minimum wage by 6 percent next year, Labour Minister Rita Sousa said on Tuesday.\n\nThe increase was agreed with two of the country's three main unions.\n\nEmployers' groups warned that small firms could cut jobs.";
    let body = "Portugal is to raise the minimum wage by 6 percent next year, Labour Minister Rita Sousa said on Tuesday.\n\nThe increase was agreed with two of the nation's three main unions.\n\nEmployers' groups warned that small businesses could cut jobs.";
    let closing = format!("{body}\n\nSource: Meridian");
    let in_text = body.replacen("Tuesday.", "Tuesday, Meridian reported.", 1);
    let table = [
        (body.to_string(), Some(ShiftKind::UncreditedReuse)),
        (closing, Some(ShiftKind::CreditOnlyInClosingLine)),
        (in_text, None),
    ];
    for (rewrite, want) in table {
        let a = Article { text: original, outlet: Some("Meridian"), date: Some("2025-03-04") };
        let b = Article { text: &rewrite, outlet: None, date: Some("2025-03-05") };
        let c = run(&a, &b);
        assert!(c.reuse.share_of_b > 0.6, "{rewrite}: {:?}", c.reuse);
        let credit_shifts: Vec<ShiftKind> = c
            .shifts
            .iter()
            .map(|s| s.kind)
            .filter(|k| matches!(k, ShiftKind::UncreditedReuse | ShiftKind::CreditOnlyInClosingLine))
            .collect();
        assert_eq!(credit_shifts, want.into_iter().collect::<Vec<_>>(), "{rewrite}");
        assert_eq!(c.credits.earlier, Some(crate::verdict::Which::A));
        assert!(c.verdict.text.contains("A is earlier"), "{}", c.verdict.text);
    }
}

#[test]
fn the_earlier_article_owes_no_credit_to_the_later() {
    let a = Article {
        text: "Portugal will raise its minimum wage by 6 percent next year, Labour Minister Rita Sousa said.",
        outlet: Some("Meridian"),
        date: Some("2025-03-05"),
    };
    let b = Article { text: a.text, outlet: None, date: Some("2025-03-04") };
    let c = run(&a, &b);
    assert_eq!(c.credits.earlier, Some(crate::verdict::Which::B));
    assert!(c.shifts.iter().all(|s| s.kind != ShiftKind::UncreditedReuse), "{:?}", c.shifts);
}

#[test]
fn offsets_are_characters_of_each_text() {
    let a = "Caf\u{e9} owners in S\u{e3}o Paulo protested the new tax on Monday. \u{1f389} Prices rose.";
    let b = "Prices rose. Caf\u{e9} owners in S\u{e3}o Paulo protested the new tax on Monday.";
    let c = run(&plain(a), &plain(b));
    let texts: Vec<(String, String)> = c.pairs.iter().map(|p| (slice(a, p.a), slice(b, p.b))).collect();
    assert!(
        texts.contains(&(
            "Caf\u{e9} owners in S\u{e3}o Paulo protested the new tax on Monday.".into(),
            "Caf\u{e9} owners in S\u{e3}o Paulo protested the new tax on Monday.".into()
        )),
        "{texts:?}"
    );
}
