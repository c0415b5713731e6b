//! View components: one job each, reading shared state through `use_app_state`.

pub mod app;
mod article_link;
mod copy_button;
mod criteria_section;
mod criterion_card;
mod deferred;
mod faq;
mod fill_bar;
mod fit_checklist;
mod notices;
mod overview;
mod presets;
mod priority_slider;
mod pros_cons;
mod questionnaire;
mod recommendation;
mod record_bar;
mod score_editor;
mod share_bar;
mod shared_banner;
mod sources;
mod theme_picker;
mod why_chart;
