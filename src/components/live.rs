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
use super::recommendation::{Recommendation, ResultActions, ResultBar};
use super::score_editor::ScoreEditor;
use super::shared_banner::SharedBanner;
use super::take_head::TakeHead;
use super::team_view::TeamSection;
use super::theme_picker::ThemePicker;
use super::why_chart::WhyChart;
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

    /// Hands what fills the slot to `drawer`. Each part keeps its own view
    /// type: erasing them into one `AnyView` cost 11.1 KB of the gzipped
    /// first load.
    fn draw<D: Drawer>(self, drawer: D) -> D::Drawn {
        match self {
            Slot::Part(part) => match part {
                Part::ThemePicker => drawer.draw(|| view! { <ThemePicker /> }),
                Part::Notices => drawer.draw(|| view! { <NoticeArea /> }),
                Part::SharedBanner => drawer.draw(|| view! { <SharedBanner /> }),
                Part::Recommendation => drawer.draw(|| view! { <Recommendation /> }),
                Part::WhyChart => drawer.draw(|| view! { <WhyChart /> }),
                Part::ResultActions => drawer.draw(|| view! { <ResultActions /> }),
                Part::ResultBar => drawer.draw(|| view! { <ResultBar /> }),
                Part::Tools => drawer.draw(|| {
                    view! {
                        <PresetPicker />
                        <Questionnaire />
                        <FitChecklist />
                    }
                }),
                Part::CardTools => drawer.draw(|| view! { <CardTools /> }),
                Part::Team => drawer.draw(|| view! { <TeamSection /> }),
                Part::Card(index) => drawer.draw(move || {
                    view! {
                        <ScoreEditor index />
                        <PrioritySlider index />
                    }
                }),
            },
            Slot::TakeHead(index, side) => drawer.draw(move || view! { <TakeHead index side /> }),
        }
    }
}

/// What is done with a slot's view: rendered into the page by the build, or
/// mounted live in the browser.
trait Drawer {
    type Drawn;
    fn draw<V: IntoView + 'static>(self, view: impl FnOnce() -> V + 'static) -> Self::Drawn;
}

/// The build's prerender: the view as part of the page.
#[cfg(not(target_family = "wasm"))]
struct InPage;

#[cfg(not(target_family = "wasm"))]
impl Drawer for InPage {
    type Drawn = AnyView;
    fn draw<V: IntoView + 'static>(self, view: impl FnOnce() -> V + 'static) -> AnyView {
        view().into_any()
    }
}

/// The browser: the live view mounted into the slot's element, for as long
/// as the page lasts.
struct MountInto(web_sys::HtmlElement);

impl Drawer for MountInto {
    type Drawn = ();
    fn draw<V: IntoView + 'static>(self, view: impl FnOnce() -> V + 'static) {
        leptos::mount::mount_to(self.0, view).forget();
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
    view! { <div class="slot" class:own=own id=live.id()>{live.draw(InPage)}</div> }
}

/// Replaces the prerendered copy in the slot with the live part, under the
/// current owner (which provides the app's state). False when the page has
/// no such slot: a page from another build.
pub fn mount(slot: Slot) -> bool {
    let Some(element) = crate::browser::prerendered::take_slot(&slot.id()) else {
        return false;
    };
    slot.draw(MountInto(element));
    true
}
