//! The legend: what each highlight means, how many there are, and a switch
//! per type. Swatches are drawn with the same classes as the highlights, so
//! the legend can never disagree with the text.

use lector_analysis::hedges::CueKind;
use lector_analysis::ner::EntityLabel;
use yew::prelude::*;

use crate::layer::{cue_icon, Layer};
use crate::opened::OpenedArticle;
use crate::state::prefs::{PrefsAction, PrefsContext, Preset};

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub opened: std::rc::Rc<OpenedArticle>,
}

#[component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let prefs = use_context::<PrefsContext>().expect("rendered inside PrefsProvider");
    let analysis = &props.opened.analysis;
    let toggle = |layer: Layer| {
        let prefs = prefs.clone();
        Callback::from(move |_| prefs.dispatch(PrefsAction::ToggleLayer(layer)))
    };
    let entity_rows = EntityLabel::ALL.iter().map(|&label| {
        let code = label.code();
        let count = analysis.entities.iter().filter(|m| m.label == label).count();
        let shown = prefs.shows(Layer::Entity(label));
        html! {
            <li>
                <button type="button" class="legend-toggle" aria-pressed={shown.to_string()}
                    onclick={toggle(Layer::Entity(label))} data-layer={code} title={format!("{} {}", if shown { "Hide" } else { "Show" }, label.display_name())}>
                    <span class={classes!("swatch", "entity", format!("entity-{}", code.to_lowercase()))}
                        data-badge={code}>{ label.display_name() }</span>
                    <span class="legend-count">{ count }</span>
                </button>
            </li>
        }
    });
    let cue_rows = CueKind::ALL.iter().map(|&kind| {
        let code = kind.code();
        let count = analysis.cues.iter().filter(|c| c.kind == kind).count();
        let shown = prefs.shows(Layer::Cue(kind));
        html! {
            <li>
                <button type="button" class="legend-toggle" aria-pressed={shown.to_string()}
                    onclick={toggle(Layer::Cue(kind))} data-layer={code} aria-describedby={format!("legend-explain-{code}")}>
                    <span class={classes!("swatch", "cue", format!("cue-{code}"))}
                        data-icon={kind.is_hedge().then(|| cue_icon(kind))}>
                        { kind.label() }
                    </span>
                    <span class="legend-count">{ count }</span>
                </button>
                <p class="legend-explain" id={format!("legend-explain-{code}")}>{ kind.explanation() }</p>
            </li>
        }
    });
    let hedged = analysis.sentences.iter().filter(|s| s.hedged).count();
    let tint = {
        let prefs = prefs.clone();
        let on = prefs.tint_hedged_sentences;
        Callback::from(move |_| prefs.dispatch(PrefsAction::SetTintHedged(!on)))
    };
    let current = prefs.preset();
    let presets = Preset::ALL.iter().map(|&preset| {
        let prefs = prefs.clone();
        let onclick = Callback::from(move |_| prefs.dispatch(PrefsAction::ApplyPreset(preset)));
        html! {
            <button type="button" class="preset" aria-pressed={(current == Some(preset)).to_string()} {onclick}>
                { preset.label() }
            </button>
        }
    });
    // Sourcing first: hedges and sources are what Lector is for.
    html! {
        <section class="legend panel-section" aria-labelledby="legend-heading">
            <h2 id="legend-heading">{ "Highlights" }</h2>
            <div class="legend-presets" role="group" aria-label="Show at once">{ for presets }</div>
            <h3>{ "Sourcing and hedging" }</h3>
            <ul class="legend-list">{ for cue_rows }</ul>
            <h3>{ "Names" }</h3>
            <ul class="legend-list">{ for entity_rows }</ul>
            <button type="button" class="legend-toggle tint-toggle" aria-pressed={prefs.tint_hedged_sentences.to_string()}
                onclick={tint}>
                <span class="swatch swatch-tint">{ "Tint hedged sentences" }</span>
                <span class="legend-count">{ format!("{hedged} of {}", analysis.sentences.len()) }</span>
            </button>
        </section>
    }
}
