//! The app's reactive state, shared through context: what it opens with
//! (`start`) and how it stays in step with the address bar, storage and
//! other tabs (`persistence`).

mod hooks;
mod notices;
mod persistence;
mod start;
mod team;

use std::cell::Cell;
use std::rc::Rc;

use leptos::prelude::*;

pub use hooks::{use_flip, use_priority, use_score};
pub use notices::Notices;
use persistence::{Persistence, Signals};
pub use team::Team;

use crate::browser::paint::after_next_paint;
use crate::content::COMPARISON;
use crate::domain::comparison::{Comparison, Preset};
use crate::domain::insight::{flips, Flips};
use crate::domain::opening::{Choices, Opening};
use crate::domain::overrides::Overrides;
use crate::domain::priorities::Priorities;
use crate::domain::scoring::ScorePair;
use crate::domain::scoring::{evaluate, Outcome};
use crate::domain::share::Ids;

#[derive(Clone, Copy)]
pub struct AppState {
    pub priorities: RwSignal<Priorities>,
    /// The user's own scores, where they disagree with ours.
    pub overrides: RwSignal<Overrides>,
    /// Our scores with the user's overrides applied: what is scored.
    pub scores: Memo<Vec<ScorePair>>,
    /// Recomputed once per change of priorities, read by every view of the result.
    pub outcome: Memo<Outcome>,
    /// Each slider's flip point and the smallest flip, derived together.
    /// They trail the sliders by one frame (see `trailing`).
    pub flips: Memo<Flips>,
    /// Position of the preset the sliders match exactly, if any ("Custom" otherwise).
    pub active_preset: Memo<Option<usize>>,
    pub notices: Notices,
    /// The user's own priorities while the page shows different ones from a
    /// shared link; None otherwise.
    pub own_set_aside: RwSignal<Option<Choices>>,
    /// The criterion the pointer or keyboard focus is on, whose related
    /// pros and cons are highlighted.
    pub highlighted: RwSignal<Option<usize>>,
    /// The team view: several people's results combined.
    pub team: Team,
    /// Fires as the browser starts printing: the printed link is written
    /// then, not on every slider step.
    pub printing: Trigger,
    /// The link to the address bar and storage; None in the prerender.
    persistence: StoredValue<Option<Rc<Persistence>>, LocalStorage>,
}

impl AppState {
    /// The signals and memos for a page opening on `opening`; `ours` are
    /// the content's scores.
    fn new(
        opening: &Opening,
        notices: impl IntoIterator<Item = String>,
        ours: Vec<ScorePair>,
        team: Option<String>,
        ids: Ids<'static>,
    ) -> AppState {
        let persistence = StoredValue::new_local(None);
        let priorities = RwSignal::new(opening.choices.priorities.clone());
        let overrides = RwSignal::new(opening.choices.overrides.clone());
        let scores = Memo::new(move |_| overrides.with(|o| o.apply(&ours)));
        let outcome =
            Memo::new(move |_| priorities.with(|p| scores.with(|s| evaluate(s, &p.as_u32()))));
        let flip_basis = trailing(priorities);
        let flips = Memo::new(move |_| flip_basis.with(|p| scores.with(|s| flips(s, &p.as_u32()))));
        // Built once: the active profile is looked up on every slider tick.
        let preset_weights: Vec<Vec<u8>> = COMPARISON
            .presets
            .iter()
            .map(|preset| COMPARISON.preset_weights(preset))
            .collect();
        let active_preset = Memo::new(move |_| {
            priorities.with(|p| preset_weights.iter().position(|w| w == p.weights()))
        });
        AppState {
            priorities,
            overrides,
            scores,
            outcome,
            flips,
            active_preset,
            notices: Notices::new(notices),
            own_set_aside: RwSignal::new(opening.own_set_aside.clone()),
            highlighted: RwSignal::new(None),
            team: Team::new(ids, team, persistence),
            printing: Trigger::new(),
            persistence,
        }
    }

    pub fn comparison(&self) -> &'static Comparison {
        &COMPARISON
    }

    /// Every slider back to its default, saved at once.
    pub fn reset(&self) {
        self.priorities
            .set(Priorities::defaults(COMPARISON.criteria.len()));
        self.with_persistence(Persistence::commit);
    }

    /// Drops every score the user changed, saved at once.
    pub fn reset_scores(&self) {
        self.overrides
            .set(Overrides::none(COMPARISON.criteria.len()));
        self.with_persistence(Persistence::commit);
    }

    /// Sets every slider from a preset.
    pub fn apply_preset(&self, preset: &Preset) {
        self.priorities
            .set(Priorities::from_weights(COMPARISON.preset_weights(preset)));
    }

    /// Adopts the shared link's priorities as the user's own, and saves them.
    pub fn keep_shared(&self) {
        self.own_set_aside.set(None);
        self.with_persistence(Persistence::commit);
    }

    /// Leaves the shared link's priorities for the user's own.
    pub fn back_to_own(&self) {
        self.with_persistence(Persistence::restore_own);
    }

    /// The address that reproduces the user's own result as shown now.
    pub fn share_url(&self) -> String {
        self.persistence
            .with_value(|s| s.as_ref().map(|s| s.share_url()))
            .unwrap_or_default()
    }

    /// The address that reproduces the team view.
    pub fn team_url(&self) -> String {
        let query = self.team.query().unwrap_or_default();
        self.persistence
            .with_value(|s| s.as_ref().map(|s| s.address_with(&query)))
            .unwrap_or_default()
    }

    /// What the user has chosen, as shown now.
    pub fn choices(&self) -> Choices {
        shown_choices(self.priorities, self.overrides)
    }

    /// Opens the team view, starting it with the user's own result.
    pub fn start_team(&self) {
        self.team.start(self.choices());
    }

    fn with_persistence(&self, action: impl FnOnce(&Persistence)) {
        self.persistence.with_value(|p| p.as_deref().map(action));
    }
}

/// The choices the page shows now, from their signals.
fn shown_choices(priorities: RwSignal<Priorities>, overrides: RwSignal<Overrides>) -> Choices {
    Choices {
        priorities: priorities.get_untracked(),
        overrides: overrides.get_untracked(),
    }
}

/// The state in the browser: opened from the address and localStorage, and
/// kept in step with both.
pub fn provide_app_state() -> AppState {
    let ids = ids();
    let ours = COMPARISON.score_table();
    let start = start::start(ids, &ours);
    let state = AppState::new(
        &start.opening,
        start.notices.iter().cloned(),
        ours,
        start.team.clone(),
        ids,
    );
    let persistence = Persistence::connect(
        ids,
        &start,
        Signals {
            priorities: state.priorities,
            overrides: state.overrides,
            own_set_aside: state.own_set_aside,
            notices: state.notices,
        },
    );
    state.persistence.set_value(Some(persistence));
    // A team link stays in the address bar while its view is open.
    state.team.hold_opened_link();
    window_event_listener_untyped("beforeprint", move |_| state.printing.notify());
    provide_context(state);
    state
}

/// The state of a first visit (nothing saved, no link), connected to
/// nothing: what the build prerenders.
#[cfg(not(target_family = "wasm"))]
pub fn provide_first_visit_state() -> AppState {
    let first_visit = crate::domain::opening::opening(None, None, COMPARISON.criteria.len());
    let state = AppState::new(&first_visit, [], COMPARISON.score_table(), None, ids());
    provide_context(state);
    state
}

/// The ids the address and storage use. They live as long as the page:
/// the one small list is leaked once.
fn ids() -> Ids<'static> {
    let criteria: &'static [&'static str] =
        Vec::leak(COMPARISON.criteria.iter().map(|c| c.id).collect());
    Ids {
        criteria,
        frameworks: COMPARISON.frameworks.each_ref().map(|f| f.id),
    }
}

/// A copy of `source` that catches up right after the next frame is painted,
/// once per frame however many changes come in. What reads it is updated a
/// frame later than what reads `source`: a slider step draws the result
/// first, and the 13 flip points (their marks, notes and the stability line,
/// about a fifth of the step's script time) just after.
fn trailing<T>(source: RwSignal<T>) -> ReadSignal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let copy = RwSignal::new(source.get_untracked());
    let scheduled = Rc::new(Cell::new(false));
    Effect::new(move || {
        source.track();
        if !scheduled.replace(true) {
            let scheduled = scheduled.clone();
            after_next_paint(move || {
                scheduled.set(false);
                // (`try_`: nothing to do if the app was unmounted meanwhile.)
                let Some(latest) = source.try_get_untracked() else {
                    return;
                };
                if copy.try_with_untracked(|c| *c != latest) == Some(true) {
                    copy.set(latest);
                }
            });
        }
    });
    copy.read_only()
}

/// The app state; every live part is mounted under the owner that `start`
/// (or the prerender) provides it from.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
