use leptos::prelude::*;

/// A track filled to `percent` (0 to 100). The stylesheet slides a
/// full-length fill into place by `--fill`: moving it needs no layout, where
/// a width change lays out its surroundings on every slider step.
#[component]
pub fn FillBar(
    class: &'static str,
    percent: impl Fn() -> u32 + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <span class=class aria-hidden="true" style:--fill=move || format!("{}%", percent().min(100))>
            <span></span>
        </span>
    }
}
