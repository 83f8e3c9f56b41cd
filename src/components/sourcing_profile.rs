//! The article's sourcing profile as a compact chart: how much of it is
//! hedged, which kinds of cue carry it, and whether its sources are named.
//! Bars are plain elements with their numbers written beside them, so the
//! chart reads the same to a screen reader as to the eye.

use std::rc::Rc;

use lector_analysis::hedges::CueKind;
use yew::prelude::*;

use crate::components::cited_sources::CitedSources;
use crate::layer::cue_icon;
use crate::opened::OpenedArticle;

#[derive(Properties, PartialEq)]
pub struct SourcingProfileProps {
    pub opened: Rc<OpenedArticle>,
}

#[component(SourcingProfileChart)]
pub fn sourcing_profile_chart(props: &SourcingProfileProps) -> Html {
    let profile = &props.opened.analysis.profile;
    let share = profile.hedged_share();
    let percent = (share * 100.0).round();
    let hedge_kinds: Vec<_> = profile.cues.iter().filter(|k| k.kind.is_hedge()).collect();
    // Bars scale to the largest rate, with a floor so a quiet article does
    // not look alarming: 20 cues per 1,000 words fills a bar.
    let scale = hedge_kinds.iter().map(|k| k.per_thousand_words).fold(20.0, f64::max);
    let named = profile.named_attributions;
    let anonymous = profile.anonymous_attributions;
    let attributed = named + anonymous;
    html! {
        <section class="profile panel-section" aria-labelledby="profile-heading" data-profile="">
            <h2 id="profile-heading">{ "Sourcing profile" }</h2>
            <figure class="profile-figure">
                <figcaption class="profile-line">
                    <strong>{ format!("{percent}%") }</strong>
                    { format!(" of sentences hedged ({} of {})", profile.hedged_sentences, profile.sentences) }
                </figcaption>
                <div class="bar" aria-hidden="true">
                    <span class="bar-fill bar-hedged" style={format!("width: {:.1}%", share * 100.0)}></span>
                </div>
            </figure>

            <h3>{ "Cues per 1,000 words" }</h3>
            <ul class="profile-bars">
                { for hedge_kinds.iter().map(|k| {
                    let code = k.kind.code();
                    html! {
                        <li class="profile-row" data-kind={code}>
                            <span class={classes!("profile-label", "swatch", "cue", format!("cue-{code}"))}
                                data-icon={cue_icon(k.kind)}>{ k.kind.label() }</span>
                            <span class="bar" aria-hidden="true">
                                <span class={classes!("bar-fill", format!("bar-{code}"))}
                                    style={format!("width: {:.1}%", (k.per_thousand_words / scale * 100.0).min(100.0))}></span>
                            </span>
                            <span class="profile-value">{ format!("{:.1}", k.per_thousand_words) }
                                <span class="visually-hidden">{ format!(" per 1,000 words, {} in all", k.count) }</span>
                            </span>
                        </li>
                    }
                }) }
            </ul>

            <h3>{ "Who is cited" }</h3>
            if attributed == 0 {
                <p class="profile-line">{ "No attributions found." }</p>
            } else {
                <p class="profile-line">
                    { format!("{named} named, {anonymous} anonymous") }
                </p>
                <div class="bar split" aria-hidden="true">
                    <span class="bar-fill bar-attribution" style={format!("width: {:.1}%", named as f64 * 100.0 / attributed as f64)}></span>
                    <span class="bar-fill bar-anonymous_source" style={format!("width: {:.1}%", anonymous as f64 * 100.0 / attributed as f64)}></span>
                </div>
            }
            <CitedSources opened={props.opened.clone()} />
            <p class="profile-note">{ format!("{} words · {} named-source cues · {} anonymous-source cues",
                profile.words, profile.count(CueKind::Attribution), profile.count(CueKind::AnonymousSource)) }</p>
        </section>
    }
}
