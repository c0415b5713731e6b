//! The live parts of the page and their slots. The build prerenders each
//! part into an element of its own (`Slot`), with a first visit's state;
//! in the browser the app replaces that copy with the live part (`mount`).

use leptos::prelude::*;

use super::card_tools::CardTools;
use super::fit_checklist::FitChecklist;
use super::notices::NoticeArea;
use super::presets::PresetPicker;
use super::priority_slider::PrioritySlider;
use super::questionnaire::Questionnaire;
use super::recommendation::{Recommendation, ResultBar};
use super::score_editor::ScoreEditor;
use super::shared_banner::SharedBanner;
use super::take_head::TakeHead;
use super::team_view::TeamSection;
use super::theme_picker::ThemePicker;
use crate::content::COMPARISON;
use crate::domain::comparison::Side;
use crate::domain::render_plan::Part;

/// One slot of the page: a part, or a piece of a card's.
#[derive(Clone, Copy)]
pub enum Slot {
    Part(Part),
    /// A round's score for one framework, in the take's heading.
    TakeHead(usize, Side),
}

impl Slot {
    /// The slot element's id.
    pub fn id(self) -> String {
        match self {
            Slot::Part(Part::Card(index)) => format!("live-{}", COMPARISON.criteria[index].id),
            Slot::Part(part) => format!("live-{part:?}"),
            Slot::TakeHead(index, side) => {
                format!("live-{}-{}", COMPARISON.criteria[index].id, side.index())
            }
        }
    }

    /// Every slot `part` fills.
    pub fn all(part: Part) -> Vec<Slot> {
        match part {
            Part::Card(index) => Side::BOTH
                .map(|side| Slot::TakeHead(index, side))
                .into_iter()
                .chain([Slot::Part(part)])
                .collect(),
            _ => vec![Slot::Part(part)],
        }
    }

    /// What fills the slot.
    fn view(self) -> AnyView {
        match self {
            Slot::Part(part) => match part {
                Part::ThemePicker => view! { <ThemePicker /> }.into_any(),
                Part::Notices => view! { <NoticeArea /> }.into_any(),
                Part::SharedBanner => view! { <SharedBanner /> }.into_any(),
                Part::Recommendation => view! { <Recommendation /> }.into_any(),
                Part::ResultBar => view! { <ResultBar /> }.into_any(),
                Part::Tools => view! {
                    <PresetPicker />
                    <Questionnaire />
                    <FitChecklist />
                }
                .into_any(),
                Part::CardTools => view! { <CardTools /> }.into_any(),
                Part::Team => view! { <TeamSection /> }.into_any(),
                Part::Card(index) => view! {
                    <ScoreEditor index />
                    <PrioritySlider index />
                }
                .into_any(),
            },
            Slot::TakeHead(index, side) => view! { <TakeHead index side /> }.into_any(),
        }
    }
}

/// The slot's element with the part as a first visit sees it (the build's
/// prerender). It takes no part in the layout.
#[cfg(not(target_family = "wasm"))]
#[component]
pub fn Prerendered(live: Slot) -> impl IntoView {
    let own = match live {
        Slot::Part(part) => part.shows_the_visitors_own(),
        Slot::TakeHead(..) => true,
    };
    view! { <div class="slot" class:own=own id=live.id()>{live.view()}</div> }
}

/// Replaces the prerendered copy in the slot with the live part, under the
/// current owner (which provides the app's state). False when the page has
/// no such slot: a page from another build.
pub fn mount(slot: Slot) -> bool {
    let Some(element) = crate::browser::prerendered::take_slot(&slot.id()) else {
        return false;
    };
    leptos::mount::mount_to(element, move || slot.view()).forget();
    true
}
