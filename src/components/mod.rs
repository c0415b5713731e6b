//! View components: one job each, reading shared state through `use_app_state`.

pub mod app;
mod copy_button;
mod criterion_card;
mod notices;
mod presets;
mod priority_slider;
mod questionnaire;
mod recommendation;
mod record_bar;
mod score_editor;
mod share_bar;
mod shared_banner;
mod why_chart;
