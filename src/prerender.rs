//! The first screen as HTML, rendered natively at build time and put in
//! index.html (by `scripts/post-build.mjs`, through `src/bin/prerender.rs`):
//! a first-time visitor reads the recommendation at the first paint, before
//! the wasm has arrived. The app replaces it with its own when it starts.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::Owner;
use leptos::reactive::diagnostics::SpecialNonReactiveZone;

/// Effects are the browser's part (saving, the address bar, the later
/// render stages): off the browser they are dropped, never run.
struct NoEffects;

impl CustomExecutor for NoEffects {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The page's first render stage for a visitor with nothing saved and no link.
pub fn first_visit_html() -> String {
    // Already set by an earlier call in this process: it is this one.
    let _ = Executor::init_custom_executor(NoEffects);
    // Rendered once, not tracked: no warnings about untracked reads.
    let _quiet = SpecialNonReactiveZone::enter();
    Owner::new().with(crate::components::app::first_visit_html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::COMPARISON;
    use crate::domain::explain::{headline, margin_line};
    use crate::domain::priorities::Priorities;
    use crate::domain::scoring::evaluate;

    #[test]
    fn shows_the_default_recommendation() {
        let html = first_visit_html();
        let defaults = Priorities::defaults(COMPARISON.criteria.len());
        let outcome = evaluate(&COMPARISON.score_table(), &defaults.as_u32());
        assert!(html.contains(&headline(&COMPARISON, &outcome)), "{html}");
        assert!(html.contains(&margin_line(&COMPARISON, &outcome)));
        assert!(html.contains(r#"role="status""#));
    }

    #[test]
    fn leaves_the_later_stages_to_the_app() {
        let html = first_visit_html();
        assert!(!html.contains(r#"id="criteria""#));
        assert!(!html.contains("Reproduce this result: ?"));
    }
}
