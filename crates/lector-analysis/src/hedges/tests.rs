//! Cue finding on news-style sentences written for these tests (not taken
//! from the sample articles): each kind, ambiguous words, negation, and the
//! source an attribution cites.

use super::*;
use crate::ner::EntityLabel;
use crate::{sentences, tokenize};

/// A cue as a reader would check it: kind, the words marked, who is cited.
type Expected = (&'static str, &'static str, Option<&'static str>);

fn cues_with(text: &str, mentions: &[Mention]) -> Vec<(String, String, Option<String>)> {
    let tokens = tokenize::tokenize(text);
    let sentences = sentences::split(text);
    find_cues(text, &tokens, &sentences, mentions)
        .into_iter()
        .map(|c| (c.kind.code().to_string(), text[c.bytes].to_string(), c.source))
        .collect()
}

fn at_in(text: &str, s: &str) -> std::ops::Range<usize> {
    text.find(s).map(|i| i..i + s.len()).unwrap()
}

fn check(cases: &[(&str, &[Expected])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        // How an unnamed source is described is tested in
        // `attribution_tests.rs`; here only where it is, unless given.
        let got: Vec<_> = cues_with(text, &[])
            .into_iter()
            .zip(expected.iter().map(Some).chain(std::iter::repeat(None)))
            .map(|((kind, words, source), want)| match want {
                Some((A, _, None)) if kind == A => (kind, words, None),
                _ => (kind, words, source),
            })
            .collect();
        let want: Vec<_> =
            expected.iter().map(|(k, t, s)| (k.to_string(), t.to_string(), s.map(str::to_string))).collect();
        if got != want {
            failures.push(format!("{text:?}\n   got  {got:?}\n   want {want:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

const U: &str = "uncertainty";
const A: &str = "anonymous_source";
const L: &str = "allegation";
const D: &str = "denial";
const N: &str = "attribution";

#[test]
fn finds_uncertainty_in_its_inflections_and_phrases() {
    check(&[
        ("The ministry believes the shipment reached the port.", &[(U, "believes", None)]),
        ("Engineers believed the dam would hold.", &[(U, "believed", None), (U, "would", None)]),
        ("The storm will likely reach the coast by Friday.", &[(U, "likely", None)]),
        ("The drug appears to slow the disease.", &[(U, "appears", None)]),
        ("The rebels reportedly seized two towns.", &[(U, "reportedly", None)]),
        ("The results suggest the vaccine works.", &[(U, "suggest", None)]),
        ("There were indications that the pilot was ill.", &[(U, "indications", None)]),
        ("The senator is considering a run for governor.", &[(U, "considering", None)]),
        ("Growth is expected to slow next year.", &[(U, "expected", None)]),
        ("It was not immediately clear who fired first.", &[(U, "not immediately clear", None)]),
        ("The cause of the fire has not been determined.", &[(U, "not been determined", None)]),
        ("The army declined to confirm the casualty figures.", &[(U, "declined to confirm", None)]),
        ("The bank has yet to publicly confirm the breach.", &[(U, "yet to publicly confirm", None)]),
        ("A possible deal was discussed.", &[(U, "possible", None)]),
        ("A recall is almost certainly coming.", &[(U, "almost certainly", None)]),
    ]);
}

#[test]
fn judges_may_might_could_and_would_by_their_reading() {
    check(&[
        ("The vote may be delayed until May 15.", &[(U, "may", None)]),
        ("In May, the council approved the plan.", &[]),
        ("May 1 protests drew thousands.", &[]),
        ("The sanctions might hurt farmers.", &[(U, "might", None)]),
        ("The army attacked with all its might.", &[]),
        ("The virus could spread to nearby provinces.", &[(U, "could", None)]),
        ("Rescuers could not reach the village.", &[]),
        ("From the roof she could see the smoke.", &[]),
        ("They moved at night so they could avoid patrols.", &[]),
        ("A ceasefire would allow aid convoys into the city.", &[(U, "would", None)]),
        ("The governor said she would sign the bill.", &[]),
        ("The union warned that it would strike in June.", &[]),
        ("He would later become prime minister.", &[]),
        ("The spokesman would not say how many troops were sent.", &[]),
        ("The company did not disclose what the plant would cost.", &[]),
        ("She would like to see more funding.", &[]),
        ("The agency would neither confirm nor deny the report.", &[(U, "neither confirm", None)]),
    ]);
}

#[test]
fn finds_allegations_and_denials_and_judges_claims_and_negation() {
    check(&[
        (
            "Prosecutors allege that the mayor took bribes.",
            &[(N, "Prosecutors", Some("prosecutors")), (L, "allege", None)],
        ),
        ("The man accused of the attack appeared in court on Monday.", &[(L, "accused", None)]),
        ("The militia claimed responsibility for the bombing.", &[(L, "claimed", None)]),
        ("The group rejected claims that it had hidden weapons.", &[(L, "claims", None)]),
        ("Homeowners filed insurance claims after the flood.", &[]),
        ("The fire claimed the lives of 12 people.", &[]),
        ("The war claimed more than 20,000 lives.", &[]),
        ("The sailors claimed political asylum in Canada.", &[]),
        ("The board denied the union's request for a raise.", &[]),
        ("Guards were accused of denying prisoners medical treatment.", &[(L, "accused", None)]),
        ("A man was held on suspicion of drunk driving.", &[(U, "suspicion", None)]),
        ("Police detained 12 people suspected of smuggling.", &[(U, "suspected", None)]),
        ("The allegedly stolen paintings were recovered.", &[(L, "allegedly", None)]),
        ("The minister has not been accused of wrongdoing.", &[]),
        ("The company denies the charges.", &[(D, "denies", None)]),
        ("The suspect was denied bail.", &[]),
    ]);
}

/// Each cue word that the lexicon marks `not-negated`, once plainly and once
/// under a negation: the same word must be marked in the first sentence and
/// left unmarked in the second.
#[test]
fn a_negated_cue_word_is_left_unmarked_where_the_plain_word_is_marked() {
    check(&[
        ("The ministry denied the report.", &[(D, "denied", None)]),
        ("The ministry did not deny the report.", &[]),
        ("The senator denied that she had met the lobbyist.", &[(D, "denied", None)]),
        ("The senator didn\u{2019}t deny that she had met the lobbyist.", &[]),
        ("The company issued a denial on Friday.", &[(D, "denial", None)]),
        ("The company issued no denial on Friday.", &[]),
        ("There was an indication that the engine had failed.", &[(U, "indication", None)]),
        ("Investigators found no indication of foul play.", &[]),
        ("Suspicion fell on the night guard.", &[(U, "Suspicion", None)]),
        ("Police said there was no suspicion of foul play.", &[(N, "Police said", Some("police"))]),
        ("Prosecutors accused the mayor of fraud.", &[(N, "Prosecutors", Some("prosecutors")), (L, "accused", None)]),
        ("Prosecutors never accused the mayor of fraud.", &[]),
        ("The landlord alleged that the tenants caused the damage.", &[(L, "alleged", None)]),
        ("The landlord has not alleged any damage.", &[]),
        ("The union blamed the drivers for the delays.", &[(L, "blamed", None)]),
        ("The union does not blame the drivers.", &[]),
        ("The player claimed he was fouled.", &[(L, "claimed", None)]),
        ("The player never claimed he was fouled.", &[]),
        ("Nobody has denied that the payments were made.", &[]),
        ("Both firms were asked about the payments, and none denied them.", &[]),
        // A negation further back, or in another clause, leaves the cue.
        ("Not one board member was surprised when the firm denied it.", &[(D, "denied", None)]),
        ("Not long after the vote, the firm denied it.", &[(D, "denied", None)]),
    ]);
}

#[test]
fn pointing_the_finger_is_blame_and_pointing_at_things_is_not() {
    check(&[
        ("Opposition leaders pointed the finger at the ministry.", &[(L, "pointed the finger", None)]),
        ("Residents are pointing fingers at the utility after the blackout.", &[(L, "pointing fingers", None)]),
        ("Investigators point the finger at a faulty valve.", &[(L, "point the finger", None)]),
        ("She pointed to a map of the region.", &[]),
        ("The coach pointed at the scoreboard.", &[]),
    ]);
}

#[test]
fn possible_is_uncertainty_unless_it_measures_effort_or_ability() {
    check(&[
        ("A strike is possible next week.", &[(U, "possible", None)]),
        ("It is possible that the bridge will reopen in March.", &[(U, "possible", None)]),
        ("A second vote is possible if the count is close.", &[(U, "possible", None)]),
        // Effort and superlatives: nothing is left uncertain.
        ("Crews are doing everything possible to restore power.", &[]),
        ("The city did everything possible for the families.", &[]),
        ("Doctors tried everything possible, but the patient died.", &[]),
        ("Repairs will start as soon as possible.", &[]),
        ("The firm will cut costs wherever possible.", &[]),
        ("The rescue was made possible by volunteers.", &[]),
        ("The team gave the best possible performance.", &[]),
        // "possible to": what can be done, not what may happen.
        ("It is possible to apply online.", &[]),
    ]);
}

#[test]
fn tells_could_of_possibility_from_ability_capacity_and_perception() {
    check(&[
        ("Before the renovation, the arena could seat 18,000 fans.", &[]),
        ("The old ferry could carry up to 300 passengers.", &[]),
        ("We could have done more to warn people.", &[]),
        ("The fire could have started in the kitchen.", &[(U, "could", None)]),
        ("Smoke could be seen across the valley.", &[]),
        ("Coastal towns could see up to 10 inches of snow.", &[(U, "could", None)]),
        ("She could finally walk without a cane.", &[]),
        ("Many families could no longer afford the rent.", &[]),
        ("The bridge could hold talks on funding next week.", &[(U, "could", None)]),
    ]);
}

#[test]
fn a_would_under_a_verb_of_saying_is_reported_future_unless_conditional() {
    check(&[
        ("The ministry announced that the border would reopen on Monday.", &[]),
        ("The airline said the new route would start in June.", &[]),
        ("The bank kept rates on hold, adding that it would publish new forecasts in March.", &[]),
        ("The firm said it was \u{201C}deeply sorry\u{201D} and would refund every customer.", &[]),
        ("Officials said any delay would raise costs.", &[(A, "Officials said", None), (U, "would", None)]),
        ("The union said that if talks fail, workers would walk out.", &[(U, "would", None)]),
        ("\u{201C}A strike would cripple the port,\u{201D} the union said.", &[(U, "would", None)]),
        ("Such a merger would create the largest bank in the region.", &[(U, "would", None)]),
        ("If the court rules against him, he said, the party would split.", &[(U, "would", None)]),
    ]);
}

#[test]
fn word_senses_that_are_not_hedges() {
    check(&[
        ("Voters still believe in the mayor.", &[]),
        ("The poll surveyed 900 likely voters in Ohio.", &[]),
        ("The likely nominee spoke last.", &[(U, "likely", None)]),
        ("The senator suggested delaying the vote until spring.", &[]),
        ("The coach suggested that the game be moved indoors.", &[]),
        ("The survey suggests that renters are struggling.", &[(U, "suggests", None)]),
        ("It has been suggested that the painting should be moved.", &[(U, "suggested", None)]),
        ("He pleaded guilty to fraud.", &[]),
        ("The firm was fined for questionable accounting.", &[]),
    ]);
}

#[test]
fn finds_pleas_doubts_and_forecasts() {
    check(&[
        ("The driver pleaded not guilty to manslaughter.", &[(D, "pleaded not guilty", None)]),
        ("She pled not guilty in March.", &[(D, "pled not guilty", None)]),
        ("The striker is doubtful for Saturday's match.", &[(U, "is doubtful", None)]),
        ("The guard was listed as questionable with a sore knee.", &[(U, "listed as questionable", None)]),
        ("Sales are projected to fall 4% this year.", &[(U, "are projected to", None)]),
        ("The new data cast doubt on the official account.", &[(U, "cast doubt", None)]),
        ("Economists say the slowdown will deepen.", &[(A, "Economists say", None)]),
        ("Rain totals could top a foot, forecasters said.", &[(U, "could", None), (A, "forecasters said", None)]),
    ]);
}

#[test]
fn finds_doubt_in_quotes_open_questions_and_unconfirmed_tolls() {
    check(&[
        ("\u{201C}I'm not sure the truce will hold,\u{201D} she said.", &[(U, "not sure", None)]),
        ("It remains to be seen whether voters will agree.", &[(U, "remains to be seen", None)]),
        ("Twelve miners are feared trapped underground.", &[(U, "feared trapped", None)]),
        ("The ship, thought to be unsinkable, struck an iceberg.", &[(U, "thought to be", None)]),
        ("She thought to call her lawyer.", &[]),
        ("It is feared that the dam will fail.", &[(U, "is feared that", None)]),
        ("Make sure the doors are locked.", &[]),
        ("The cause of the blast remains unknown.", &[(U, "remains unknown", None)]),
        ("Unknown gunmen opened fire on the convoy.", &[]),
    ]);
}

#[test]
fn a_would_that_narrates_from_a_past_year_is_not_a_hedge() {
    check(&[
        ("He joined the paper in 1975 and would remain there for the rest of his career.", &[]),
        ("The pact would run for the next ten years.", &[(U, "would", None)]),
    ]);
}

#[test]
fn the_agent_of_a_participle_is_not_the_source() {
    check(&[("Analysts surveyed by Bloomberg expect a rate cut.", &[(A, "Analysts", None), (U, "expect", None)])]);
}

#[test]
fn an_unnamed_source_located_by_a_place_stays_unnamed() {
    check(&[
        ("Officials in Kyiv say the strike hit a power plant.", &[(A, "Officials in Kyiv say", None)]),
        (
            "The vote was delayed, diplomats at the United Nations said.",
            &[(A, "diplomats at the United Nations said", None)],
        ),
        ("The head of the agency said the review was over.", &[]),
        ("Health officials in three states are tracing the outbreak.", &[]),
        (
            "The agency quoted military officials as saying the drill was over.",
            &[(A, "military officials as saying", None)],
        ),
        ("Gold eased, dealers said.", &[(A, "dealers said", None)]),
        ("The deal is off, said two people briefed on it.", &[(A, "said two people briefed on", None)]),
        ("Police detained them, said the activists were charged.", &[]),
        ("Activists say dozens were detained.", &[(A, "Activists say", None)]),
        ("Bank weighs merger, people familiar say", &[(A, "people familiar say", None)]),
        ("People who believe they were exposed should call a doctor.", &[(U, "believe", None)]),
        ("Officials who said the plant was safe have resigned.", &[(A, "Officials who said", None)]),
    ]);
}

#[test]
fn claims_near_talk_of_insurance_or_counted_are_demands_for_payment() {
    check(&[
        ("Insurers have received 12,000 claims since the flood.", &[]),
        ("Insurers hired extra staff after the hurricane. The claims are reviewed in the order they arrived.", &[]),
        ("Insurers are busy. The insurer claims the roof was already damaged.", &[(L, "claims", None)]),
        ("A lawsuit claims the landlord ignored repeated complaints.", &[(L, "claims", None)]),
        ("The company faces dozens of claims of wage theft.", &[(L, "claims", None)]),
        ("Thousands of claims were filed after the storm.", &[]),
    ]);
}

#[test]
fn title_case_headlines_keep_their_modals_and_sources() {
    check(&[
        ("Storm May Delay Launch, Officials Say", &[(U, "May", None), (A, "Officials Say", None)]),
        ("Talks Could Collapse, Diplomats Warn", &[(U, "Could", None), (A, "Diplomats Warn", None)]),
        ("Retail Sales Fell Sharply in May", &[]),
        ("Protests Planned Across Europe for May Day", &[]),
    ]);
}

#[test]
fn a_capitalized_source_noun_inside_a_sentence_is_a_name() {
    check(&[
        ("A report in The Economist says exports slowed.", &[]),
        ("Christian Scientists say prayer heals.", &[(N, "Christian Scientists say", Some("Christian Scientists"))]),
        ("Scientists say the glacier is shrinking.", &[(A, "Scientists say", None)]),
    ]);
}

#[test]
fn finds_anonymous_sources_with_their_verbs() {
    check(&[
        (
            "The shipment left last week, according to three people familiar with the operation.",
            &[(A, "according to three people familiar with", None)],
        ),
        (
            "Two senior defense officials, who spoke on condition of anonymity, said the strike was planned.",
            &[(A, "Two senior defense officials", None), (A, "spoke on condition of anonymity", None)],
        ),
        ("Diplomats say the talks have stalled.", &[(A, "Diplomats say", None)]),
        (
            "A driver, speaking on the condition that he not be named, described the crash.",
            &[(A, "speaking on the condition that he not be named", None)],
        ),
        ("A source told Reuters the deal was off.", &[(A, "source told Reuters", None)]),
        (
            "Unnamed Western officials have warned of a new offensive.",
            &[(A, "Unnamed Western officials have warned", None)],
        ),
        ("The attack was planned for months, U.S. officials said.", &[(A, "U.S. officials said", None)]),
        ("The official asked not to be named because the talks are private.", &[(A, "asked not to be named", None)]),
        ("Recent reports indicate the factory has reopened.", &[(A, "Recent reports", None), (U, "indicate", None)]),
        ("Iranian officials have denied the report.", &[(A, "Iranian officials", None), (D, "denied", None)]),
    ]);
}

#[test]
fn attributes_claims_to_named_sources_and_picks_the_name() {
    check(&[
        (
            "\u{201C}We will not back down,\u{201D} Defense Minister Rustem Umerov said.",
            &[(N, "Defense Minister Rustem Umerov said", Some("Rustem Umerov"))],
        ),
        (
            "\"The talks were useful,\" said Maria Zakharova, the ministry's spokeswoman.",
            &[(N, "said Maria Zakharova", Some("Maria Zakharova"))],
        ),
        (
            "The plant will close in March, according to a statement from the Ford Motor Company.",
            &[(N, "according to a statement from the Ford Motor Company", Some("Ford Motor Company"))],
        ),
        (
            "The port reopened, according to the Coast Guard.",
            &[(N, "according to the Coast Guard", Some("Coast Guard"))],
        ),
        ("The Kremlin said the claims were false.", &[(N, "Kremlin said", Some("Kremlin")), (L, "claims", None)]),
        (
            "Secretary of State Antony Blinken told reporters the talks were over.",
            &[(N, "Secretary of State Antony Blinken told reporters", Some("Antony Blinken"))],
        ),
        // Police are cited by what they are, not as unnamed people.
        ("Police said the driver fled.", &[(N, "Police said", Some("police"))]),
        ("Iraq's Aziz says the talks failed.", &[(N, "Iraq's Aziz says", Some("Aziz"))]),
        ("The ministry on Friday said the border was open.", &[]),
        (
            "Mayor Karen Bass said the curfew was lifted. Later, she said crews had cleared the roads.",
            &[(N, "Mayor Karen Bass said", Some("Karen Bass")), (N, "she said", Some("Karen Bass"))],
        ),
        (
            "Health Minister Ana Ruiz spoke first. \u{201C}It is over,\u{201D} Ruiz said.",
            &[(N, "Ruiz said", Some("Ruiz"))],
        ),
        (
            "The Pentagon said Moscow had denied the strike.",
            &[(N, "Pentagon said", Some("Pentagon")), (N, "Moscow", Some("Moscow")), (D, "denied", None)],
        ),
    ]);
}

#[test]
fn uses_entity_mentions_to_pick_the_source_when_there_are_some() {
    let text = "Pentagon press secretary Pat Ryder told reporters the review was complete.";
    let at = |s: &str| at_in(text, s);
    let mentions = [
        Mention { bytes: at("Pentagon"), label: EntityLabel::Org },
        Mention { bytes: at("Pat Ryder"), label: EntityLabel::Per },
    ];
    let cues = cues_with(text, &mentions);
    assert_eq!(cues.len(), 1, "{cues:?}");
    assert_eq!(cues[0].2.as_deref(), Some("Pat Ryder"));

    // A nationality names no source; without the recognizer the capital
    // alone cannot tell "British" from "Pentagon".
    let text = "A British intelligence assessment said stocks were low.";
    let mentions = [Mention { bytes: at_in(text, "British"), label: EntityLabel::Misc }];
    assert_eq!(cues_with(text, &mentions), []);

    // "Nobody" is the subject of "denied", not a word to step over to the
    // sentence's speaker: the attribution is "Kirby said", nothing more.
    let text = "Kirby said nobody had denied it.";
    let mentions = [Mention { bytes: at_in(text, "Kirby"), label: EntityLabel::Per }];
    assert_eq!(cues_with(text, &mentions), [("attribution".into(), "Kirby said".into(), Some("Kirby".into()))]);

    // "May" inside a person's name is not the modal.
    let text = "Theresa May said the deal was done.";
    let mentions = [Mention { bytes: 0..11, label: EntityLabel::Per }];
    assert_eq!(
        cues_with(text, &mentions),
        [("attribution".into(), "Theresa May said".into(), Some("Theresa May".into()))]
    );
}

#[test]
fn the_shipped_lexicon_parses() {
    match load(&LEXICON_FILES) {
        Ok(shipped) => assert!(shipped.lexicon.patterns.len() > 40),
        Err(e) => panic!("{e}"),
    }
}

#[test]
fn analysis_marks_hedged_sentences_and_fills_the_sourcing_profile() {
    let text = "Rebels may have seized the airport, two officials said.\n\n\
                The airport is 20 miles from the capital. \
                \u{201C}We are ready,\u{201D} Defense Minister Ana Ruiz said. \
                The rebels denied it.";
    let analysis = crate::analyze(text);
    let hedged: Vec<bool> = analysis.sentences.iter().map(|s| s.hedged).collect();
    // A named attribution alone does not hedge its sentence.
    assert_eq!(hedged, [true, false, false, true]);
    let profile = &analysis.profile;
    assert_eq!((profile.sentences, profile.hedged_sentences), (4, 2));
    assert_eq!(profile.count(CueKind::Uncertainty), 1);
    assert_eq!(profile.count(CueKind::Denial), 1);
    assert_eq!((profile.anonymous_attributions, profile.named_attributions), (1, 1));
    // Who is cited lists the unnamed source by its description too.
    let sources: Vec<_> = profile.sources.iter().map(|s| (s.name.as_str(), s.count, s.named)).collect();
    assert_eq!(sources, [("two officials", 1, false), ("Ana Ruiz", 1, true)]);
    assert!(profile.words > 20 && profile.words < 35, "{}", profile.words);
    let cue = analysis.cues.iter().find(|c| c.kind == CueKind::AnonymousSource).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let cue_text: String = chars[cue.span.start..cue.span.end].iter().collect();
    assert_eq!(cue_text, "two officials said");
}
