use std::time::Duration;

use leptos::prelude::*;

use super::live::{mount, Slot};
use crate::browser::now_ms;
use crate::browser::paint::after_next_paint;
use crate::browser::prerendered;
use crate::content::COMPARISON;
use crate::domain::render_plan::{
    after_paint, mount_slice, Part, FIRST_MOUNTED, FIRST_SCREEN_REST,
};
use crate::state::provide_app_state;

/// The note shown in the result's place while a visitor's own result (a
/// link's, or saved priorities) is on its way.
pub const LOADING: &str = "loading";

/// Starts the app on the prerendered page: one root owner provides the
/// state, and every live part is mounted into its slot under it: the result
/// in the next task, the rest of the first screen in the one after, the rest
/// of the page a few parts a task after the first paint.
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
    // The result in the next task, the rest of the first screen in the one
    // after (both likely before the paint), the rest of the page after it.
    next_task(move || {
        mount_parts(&owner, FIRST_MOUNTED);
        // The note for visitors whose own result is on its way has done its job.
        prerendered::remove_by_id(LOADING);
        next_task(move || {
            mount_parts(&owner, FIRST_SCREEN_REST);
            after_next_paint(move || {
                mount_in_slices(owner, after_paint(COMPARISON.criteria.len()))
            });
        });
    });
}

fn next_task(action: impl FnOnce() + 'static) {
    set_timeout(action, Duration::ZERO);
}

fn mount_parts(owner: &Owner, parts: impl IntoIterator<Item = Part>) {
    owner.with(|| parts.into_iter().for_each(mount_part));
}

fn mount_part(part: Part) {
    for slot in Slot::all(part) {
        mount(slot);
    }
}

/// Mounts what this task's budget allows from the front of `queue`, and the
/// rest in later tasks. The live parts hold the owner's state: once all are
/// mounted, it lasts as long as the page.
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
