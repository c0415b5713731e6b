use std::time::Duration;

use leptos::prelude::*;

use super::live::{mount, Slot};
use crate::browser::now_ms;
use crate::browser::prerendered;
use crate::content::COMPARISON;
use crate::domain::render_plan::{mount_order, mount_slice, Part, RESULT_PANEL};
use crate::state::provide_app_state;

/// The note shown in the result's place while a visitor's own result (a
/// link's, or saved priorities) is on its way.
pub const LOADING: &str = "loading";

/// Starts the app on the prerendered page: one root owner provides the
/// state, and every live part is mounted into its slot under it, from the
/// next task on, a few parts a task (`render_plan`).
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
    // The live parts hold this owner's state: once all are mounted, it
    // lasts as long as the page.
    next_task(move || mount_in_slices(owner, mount_order(COMPARISON.criteria.len())));
}

fn next_task(action: impl FnOnce() + 'static) {
    set_timeout(action, Duration::ZERO);
}

fn mount_part(part: Part) {
    for slot in Slot::all(part) {
        mount(slot);
    }
    if Some(&part) == RESULT_PANEL.last() {
        // The note for visitors whose own result is on its way has done its
        // job: their result panel is whole and shows.
        prerendered::remove_by_id(LOADING);
    }
}

/// Mounts what this task's budget allows from the front of `queue`, and the
/// rest in later tasks.
fn mount_in_slices(owner: Owner, mut queue: std::vec::IntoIter<Part>) {
    let began = now_ms();
    owner.with(|| mount_slice(&mut queue, || now_ms() - began, mount_part));
    if queue.len() == 0 {
        std::mem::forget(owner);
    } else {
        next_task(move || mount_in_slices(owner, queue));
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
