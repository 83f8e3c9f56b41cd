//! Judgements for words that are cues in one reading and not in another. The
//! lexicon names the judgement (`judge may_as_modal`); the reading is decided
//! from the words around, since a word list cannot say it:
//! - [`modals`]: "may", "might", "could" and "would" as possibility or
//!   hypothesis, not the month, a noun, ability or reported intent;
//! - [`senses`]: "suspect" the verb, "claim" an allegation, "deny" a claim,
//!   "suggest" as evidence, each against its other sense.

mod modals;
mod senses;

use std::str::FromStr;

use super::sentence_view::SentenceView;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Judge {
    MayAsModal,
    MightAsModal,
    CouldAsPossibility,
    WouldAsHypothetical,
    SuspectAsVerb,
    ClaimAsAllegation,
    DenyAClaim,
    SuggestAsHedge,
}

impl FromStr for Judge {
    type Err = String;

    fn from_str(name: &str) -> Result<Judge, String> {
        Ok(match name {
            "may_as_modal" => Judge::MayAsModal,
            "might_as_modal" => Judge::MightAsModal,
            "could_as_possibility" => Judge::CouldAsPossibility,
            "would_as_hypothetical" => Judge::WouldAsHypothetical,
            "suspect_as_verb" => Judge::SuspectAsVerb,
            "claim_as_allegation" => Judge::ClaimAsAllegation,
            "deny_a_claim" => Judge::DenyAClaim,
            "suggest_as_hedge" => Judge::SuggestAsHedge,
            _ => return Err(format!("unknown judgement '{name}'")),
        })
    }
}

/// Whether the word at `i` has the reading that makes it a cue.
pub(crate) fn holds(judge: Judge, view: &SentenceView, i: usize) -> bool {
    match judge {
        Judge::MayAsModal => modals::may_as_modal(view, i),
        Judge::MightAsModal => modals::might_as_modal(view, i),
        Judge::CouldAsPossibility => modals::could_as_possibility(view, i),
        Judge::WouldAsHypothetical => modals::would_as_hypothetical(view, i),
        Judge::SuspectAsVerb => senses::suspect_as_verb(view, i),
        Judge::ClaimAsAllegation => senses::claim_as_allegation(view, i),
        Judge::DenyAClaim => senses::deny_a_claim(view, i),
        Judge::SuggestAsHedge => senses::suggest_as_hedge(view, i),
    }
}
