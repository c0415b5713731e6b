//! The page as HTML, rendered natively at build time and put in index.html
//! (by `scripts/post-build.mjs`, through `src/bin/prerender.rs`): the prose
//! is read at the first paint, with or without scripts, and never rebuilt;
//! each live part shows what a first visit sees until the app mounts it.

use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};
use leptos::prelude::Owner;
use leptos::reactive::diagnostics::SpecialNonReactiveZone;

/// Effects are the browser's part (saving, the address bar): off the
/// browser they are dropped, never run.
struct NoEffects;

impl CustomExecutor for NoEffects {
    fn spawn(&self, _: PinnedFuture<()>) {}
    fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}

/// The page for a visitor with nothing saved and no link.
pub fn page_html() -> String {
    // Already set by an earlier call in this process: it is this one.
    let _ = Executor::init_custom_executor(NoEffects);
    // Rendered once, not tracked: no warnings about untracked reads.
    let _quiet = SpecialNonReactiveZone::enter();
    Owner::new().with(crate::components::app::page_html)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::live::Slot;
    use crate::content::COMPARISON;
    use crate::domain::explain::{headline, margin_line};
    use crate::domain::priorities::Priorities;
    use crate::domain::render_plan::mount_order;
    use crate::domain::scoring::evaluate;

    #[test]
    fn shows_the_default_recommendation() {
        let html = page_html();
        let defaults = Priorities::defaults(COMPARISON.criteria.len());
        let outcome = evaluate(&COMPARISON.score_table(), &defaults.as_u32());
        assert!(html.contains(&headline(&COMPARISON, &outcome)), "{html}");
        assert!(html.contains(&margin_line(&COMPARISON, &outcome)));
        assert!(html.contains(r#"role="status""#));
    }

    #[test]
    fn holds_every_round_and_the_guide_with_a_slot_for_each_live_part() {
        let html = page_html();
        for criterion in COMPARISON.criteria {
            assert!(html.contains(&format!(r#"id="card-{}""#, criterion.id)));
            assert!(
                html.contains(criterion.takes[0].offers.text()),
                "{}",
                criterion.id
            );
            assert!(html.contains(&format!(r#"id="priority-{}""#, criterion.id)));
        }
        for id in ["pros-cons", "overview", "faq", "sources"] {
            assert!(html.contains(&format!(r#"id="{id}""#)), "{id}");
        }
        for part in mount_order(COMPARISON.criteria.len()) {
            for slot in Slot::all(part) {
                let tag = format!(r#"<div id="{}" class="slot"#, slot.id());
                assert_eq!(html.matches(&tag).count(), 1, "{tag}");
            }
        }
    }
}
