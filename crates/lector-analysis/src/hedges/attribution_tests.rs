//! "Who is cited", as `analyze` reports it: every shape of attribution news
//! uses, each source named as a reader would name it. Sentences invented for
//! these tests; the whole analysis runs, recognizer included, as in the app.

use crate::analyze;

/// An attribution as a reader checks it: a word its span must hold (the
/// verb, or the source where the verb is a cue of its own), who is cited,
/// whether they are named.
type Expected = (&'static str, &'static str, bool);

fn check(cases: &[(&str, &[Expected])]) {
    let mut failures = Vec::new();
    for (text, expected) in cases {
        let chars: Vec<char> = text.chars().collect();
        let got: Vec<(String, String, bool)> = analyze(text)
            .attributions
            .into_iter()
            .map(|a| (chars[a.span.start..a.span.end].iter().collect(), a.source, a.named))
            .collect();
        let same = got.len() == expected.len()
            && got.iter().zip(expected.iter()).all(|((span, source, named), (word, want, want_named))| {
                span.contains(word) && source == want && named == want_named
            });
        if !same {
            failures.push(format!("{text:?}\n   got  {got:?}\n   want {expected:?}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn finds_a_source_before_or_after_its_verb() {
    check(&[
        ("Senator Ellen Park said the bill would pass next week.", &[("said", "Ellen Park", true)]),
        ("\u{201C}We are ready,\u{201D} said Defense Minister Ana Ruiz.", &[("said", "Ana Ruiz", true)]),
        (
            "The plant will close in May, according to the Ford Motor Company.",
            &[("according", "Ford Motor Company", true)],
        ),
        ("Finance Minister Lars Berg told Reuters that taxes would rise.", &[("told", "Lars Berg", true)]),
        ("The Coast Guard said in a statement that the search had ended.", &[("said", "Coast Guard", true)]),
        (
            "A statement from the Ford Motor Company said the plant would close.",
            &[("said", "Ford Motor Company", true)],
        ),
        ("The Kremlin confirmed that two soldiers had died.", &[("confirmed", "Kremlin", true)]),
        ("Health Minister Sara Lind warned that the outbreak could spread.", &[("warned", "Sara Lind", true)]),
    ]);
}

#[test]
fn a_source_whose_verb_is_a_cue_is_still_cited() {
    check(&[
        ("Iran denied that it had sent missiles to the front.", &[("Iran", "Iran", true)]),
        ("Opposition leader Maria Vos claimed that the vote was rigged.", &[("Vos", "Maria Vos", true)]),
        ("The Pentagon believes the missiles were moved last week.", &[("Pentagon", "Pentagon", true)]),
    ]);
}

#[test]
fn an_outlet_that_reported_a_story_is_cited_a_company_that_reported_sales_is_not() {
    check(&[
        ("The Wall Street Journal first reported the talks on Sunday.", &[("reported", "Wall Street Journal", true)]),
        ("Bloomberg News reported last week that the bank was for sale.", &[("reported", "Bloomberg News", true)]),
        ("The company reported record sales in the third quarter.", &[]),
    ]);
}

#[test]
fn a_second_verb_or_a_participle_cites_the_subject_of_its_sentence() {
    check(&[
        ("Senator Ellen Park praised the deal, saying it would create jobs.", &[("saying", "Ellen Park", true)]),
        ("Mayor Karen Bass declined to give a date but said the park would reopen.", &[("said", "Karen Bass", true)]),
        (
            "Economy Minister Lars Berg said growth had slowed, adding that prices were stable.",
            &[("said", "Lars Berg", true), ("adding", "Lars Berg", true)],
        ),
        // "Adding to" is no speech.
        ("Prices rose again in May, adding to pressure on the central bank.", &[]),
    ]);
}

#[test]
fn a_headline_cites_its_source_by_the_name_the_story_gives_it() {
    check(&[(
        "US says strike killed a militant commander\n\nThe United States carried out the strike on Friday, officials said.",
        &[("says", "United States", true), ("officials", "officials", false)],
    )]);
}

#[test]
fn unnamed_sources_are_listed_with_a_description_once_per_act() {
    check(&[
        (
            "The deal is off, according to two people familiar with the matter.",
            &[("according", "two people familiar with the matter", false)],
        ),
        (
            "A senior diplomat, who spoke on condition of anonymity, said the talks had failed.",
            &[("diplomat", "senior diplomat", false)],
        ),
        (
            "The plan was approved, according to two people familiar with the talks.\n\n\
             They spoke on condition of anonymity to discuss private meetings.",
            &[
                ("according", "two people familiar with the talks", false),
                ("anonymity", "two people familiar with the talks", false),
            ],
        ),
        ("The attack was planned for months, U.S. officials said.", &[("officials", "U.S. officials", false)]),
    ]);
}

#[test]
fn he_or_she_is_the_person_last_named_outside_quotes_and_not_as_an_object() {
    check(&[
        // Introduced, not yet speaking.
        (
            "Interior Minister Paul Okoro visited the site on Monday. \u{201C}The damage is severe,\u{201D} he said.",
            &[("he said", "Paul Okoro", true)],
        ),
        // A name inside the quotation is not the speaker.
        (
            "Defense Minister Ana Ruiz spoke to reporters. \"Paul Okoro has misled everyone,\" she said.",
            &[("she said", "Ana Ruiz", true)],
        ),
        // Across paragraphs.
        (
            "Mayor Karen Bass said the park would reopen.\n\nThe park closed in March after a storm.\n\n\
             \"We owe it to the kids,\" she said.",
            &[("said", "Karen Bass", true), ("she said", "Karen Bass", true)],
        ),
        // "With Vladimir Putin": an object, not the one speaking next.
        (
            "John Kirby said the talks with Vladimir Putin had stalled. He said a call was planned.",
            &[("said", "John Kirby", true), ("He said", "John Kirby", true)],
        ),
        // The person introduced in the sentence, not the spokesman quoted before.
        (
            "\u{201C}The strike was a mistake,\u{201D} Pentagon spokesman Tom Reyes said.\n\n\
             Army Chief of Staff Linda Cho, who visited the base on Monday, described a chain of errors that she said began with a faulty map.",
            &[("said", "Tom Reyes", true), ("she said", "Linda Cho", true)],
        ),
    ]);
}

#[test]
fn a_surname_a_title_or_the_company_is_the_one_the_article_named() {
    check(&[
        (
            "Foreign Minister Olivier Ndayi said the talks would resume. Ndayi said a ceasefire was close.",
            &[("said", "Olivier Ndayi", true), ("Ndayi said", "Olivier Ndayi", true)],
        ),
        (
            "Congo's government spokesman, Patrick Muyaya, spoke on state television. \
             The spokesman denied that troops had fired on civilians.",
            &[("spokesman", "Patrick Muyaya", true)],
        ),
        (
            "Foreign Minister Olivier Ndayi said the talks would resume. The minister also said a ceasefire was close.",
            &[("said", "Olivier Ndayi", true), ("minister", "Olivier Ndayi", true)],
        ),
        (
            "Shares of Norvell Semiconductor rose on Thursday. The company said demand for its chips was strong.",
            &[("said", "Norvell Semiconductor", true)],
        ),
    ]);
}

#[test]
fn it_is_the_body_that_opens_its_sentence_and_one_act_is_cited_once() {
    check(&[
        (
            "Coach Ray Dunmore said Wednesday he believes the team could win the title.",
            &[("said", "Ray Dunmore", true)],
        ),
        (
            "Delays would cost $2 billion, according to estimates from the Office of Management and Budget.",
            &[("according", "Office of Management and Budget", true)],
        ),
        (
            "The United States has told allies that it believes Iran sent the missiles.",
            &[("told", "United States", true)],
        ),
    ]);
}

#[test]
fn speech_without_content_is_no_attribution() {
    check(&[
        ("Kirby made the comments at a briefing on Friday.", &[]),
        ("Senator Ellen Park spoke at a rally in Ohio.", &[]),
        ("CIA Director Ann Hale warned of a growing partnership between the two states.", &[]),
        ("The U.S. has cautioned Iran against supplying missiles.", &[]),
    ]);
}

#[test]
fn who_is_cited_counts_each_source_once_per_attribution() {
    let text = "\u{201C}The strike was a mistake,\u{201D} Pentagon spokesman Tom Reyes said.\n\n\
                Army Chief of Staff Linda Cho, who visited the base on Monday, described errors that she said \
                began with a faulty map, according to two people familiar with the review.";
    let sources: Vec<(String, usize, bool)> =
        analyze(text).profile.sources.into_iter().map(|s| (s.name, s.count, s.named)).collect();
    let want = [("Tom Reyes", 1, true), ("Linda Cho", 1, true), ("two people familiar with the review", 1, false)];
    assert_eq!(sources.len(), want.len(), "{sources:?}");
    for (got, want) in sources.iter().zip(want) {
        assert_eq!((got.0.as_str(), got.1, got.2), want, "{sources:?}");
    }
}

#[test]
fn the_reader_s_name_for_a_source_comes_from_the_whole_article() {
    check(&[
        (
            "Marlow County Sheriff Dale Brandt said 11 people were missing.\n\n\"We are still searching,\" Brandt said.",
            &[("said", "Dale Brandt", true), ("Brandt said", "Dale Brandt", true)],
        ),
        (
            "The Vermont National Guard flew two helicopters into the valley, a spokesman for the Guard said.",
            &[("said", "Vermont National Guard", true)],
        ),
        (
            "Forecaster Ana Liddell of the weather service's office in Burlington said the rain would stop by noon.",
            &[("said", "Ana Liddell", true)],
        ),
        (
            "Chile's mission to the United Nations released a statement saying it had not been consulted.",
            &[("saying", "Chile's mission to the United Nations", true)],
        ),
        (
            "Russia's Defense Ministry said the drones were shot down over the sea.",
            &[("said", "Russia's Defense Ministry", true)],
        ),
        (
            "The European Union and Britain have sanctioned dozens of tankers they say belong to the fleet.",
            &[("say", "European Union", true)],
        ),
        (
            "The paper reported the merger, citing people familiar with the matter.",
            &[("people", "people familiar with the matter", false)],
        ),
    ]);
}

#[test]
fn a_name_inside_what_a_source_said_is_not_whom_a_later_she_means() {
    check(&[(
        "Judge Regina Alvarez said that Tom Keller had tried to buy a rifle. \
         \"The risk is plain,\" she said.",
        &[("said", "Regina Alvarez", true), ("she said", "Regina Alvarez", true)],
    )]);
}
