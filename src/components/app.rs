use std::time::Duration;

use leptos::prelude::*;

use super::live::{mount, Slot};
use crate::browser::paint::after_next_paint;
use crate::browser::prerendered;
use crate::content::COMPARISON;
use crate::domain::render_plan::{last_stage, parts_in_stage, AFTER_PAINT, FIRST_SCREEN_REST};
use crate::state::provide_app_state;

/// The note shown in the result's place while a visitor's own result (a
/// link's, or saved priorities) is on its way.
pub const LOADING: &str = "loading";

/// Starts the app on the prerendered page: one root owner provides the
/// state, and every live part is mounted into its slot under it: the result
/// at once, the rest of the first screen in the next task, the rest of the
/// page one stage per task after the first paint.
/// The page's prose stays as the build wrote it.
pub fn start() {
    // Effects run on wasm-bindgen's executor; the first `mount` would set
    // it up, but the state's effects are created before. (Err: already set.)
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.with(|| {
        let state = provide_app_state();
        if state.team.open.get_untracked() {
            super::team_view::fetch_team_view_early();
        }
        let highlighted = state.highlighted;
        prerendered::watch_pointer_and_focus(move |round| {
            if highlighted.get_untracked() != round {
                highlighted.set(round);
            }
        });
        Effect::new(move || prerendered::highlight_related(highlighted.get()));
    });
    mount_stage(&owner, 0);
    // The note for visitors whose own result is on its way has done its job.
    prerendered::remove_by_id(LOADING);
    // The rest of the first screen in the next task, likely before the
    // paint; the rest of the page after it. The live parts hold this
    // owner's state: it lasts as long as the page.
    set_timeout(
        move || {
            mount_stage(&owner, FIRST_SCREEN_REST);
            after_next_paint(move || mount_later_stages(owner, AFTER_PAINT));
        },
        Duration::ZERO,
    );
}

fn mount_stage(owner: &Owner, stage: u8) {
    owner.with(|| {
        for part in parts_in_stage(stage, COMPARISON.criteria.len()) {
            for slot in Slot::all(part) {
                mount(slot);
            }
        }
    });
}

/// Mounts `stage`, then the next one in a task of its own, up to the last.
fn mount_later_stages(owner: Owner, stage: u8) {
    mount_stage(&owner, stage);
    if stage < last_stage(COMPARISON.criteria.len()) {
        set_timeout(move || mount_later_stages(owner, stage + 1), Duration::ZERO);
    } else {
        std::mem::forget(owner);
    }
}

/// The whole page as HTML, rendered off the browser (by the build, into
/// index.html): the prose once and for all, and each live part as a first
/// visit sees it, in its slot.
#[cfg(not(target_family = "wasm"))]
pub fn page_html() -> String {
    crate::state::provide_first_visit_state();
    view! { <super::page::Page /> }.to_html()
}
