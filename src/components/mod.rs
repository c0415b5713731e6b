//! View components: one job each, reading shared state through `use_app_state`.
//! The build prerenders the page (`page`, and the prose components only it
//! compiles); the app mounts the live parts into it (`app`, `live`).

pub mod app;
mod article_link;
mod card_tools;
mod copy_button;
mod fill_bar;
mod fit_checklist;
pub(crate) mod live;
mod notices;
mod on_demand;
mod presets;
mod priority_slider;
mod questionnaire;
mod recommendation;
mod record_bar;
mod score_editor;
mod share_bar;
mod shared_banner;
mod take_head;
mod team_result;
mod team_view;
mod theme_picker;
mod why_chart;

// The prose: prerendered by the build, never compiled into the wasm.
#[cfg(not(target_family = "wasm"))]
mod criteria_section;
#[cfg(not(target_family = "wasm"))]
mod criterion_card;
#[cfg(not(target_family = "wasm"))]
mod faq;
#[cfg(not(target_family = "wasm"))]
mod overview;
#[cfg(not(target_family = "wasm"))]
mod page;
#[cfg(not(target_family = "wasm"))]
mod pros_cons;
#[cfg(not(target_family = "wasm"))]
mod sources;
