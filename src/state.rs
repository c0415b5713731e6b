//! The app's reactive state, shared through context.

use leptos::prelude::*;

use crate::content::COMPARISON;
use crate::domain::comparison::Comparison;
use crate::domain::priorities::Priorities;
use crate::domain::scoring::{evaluate, Outcome};

#[derive(Clone, Copy)]
pub struct AppState {
    pub priorities: RwSignal<Priorities>,
    /// Recomputed once per change of priorities, read by every view of the result.
    pub outcome: Memo<Outcome>,
}

impl AppState {
    pub fn comparison(&self) -> &'static Comparison {
        &COMPARISON
    }

    pub fn reset(&self) {
        self.priorities
            .set(Priorities::defaults(COMPARISON.criteria.len()));
    }
}

pub fn provide_app_state() -> AppState {
    let priorities = RwSignal::new(Priorities::defaults(COMPARISON.criteria.len()));
    let scores = COMPARISON.score_table();
    let outcome = Memo::new(move |_| {
        priorities.with(|p| {
            let weights: Vec<u32> = p.weights().iter().map(|&w| u32::from(w)).collect();
            evaluate(&scores, &weights)
        })
    });
    let state = AppState {
        priorities,
        outcome,
    };
    provide_context(state);
    state
}

/// The app state; every component is rendered inside `App`, which provides it.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
