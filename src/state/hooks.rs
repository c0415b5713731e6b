//! Hooks in the `use_*` style: the piece of the app's state a view needs,
//! as a memo, so the view updates only when that piece changes.

use leptos::prelude::*;

use super::use_app_state;
use crate::domain::comparison::Side;
use crate::domain::insight::Flip;

/// Reads the weight of criterion `index`; the setter writes it (saved and
/// put in the address bar like every change of the priorities).
pub fn use_priority(index: usize) -> (Memo<u8>, impl Fn(u8) + Copy) {
    let priorities = use_app_state().priorities;
    let weight = Memo::new(move |_| priorities.with(|p| p.get(index)));
    (weight, move |value| {
        priorities.update(|p| p.set(index, value))
    })
}

/// Reads the score that counts for `side` on criterion `index`: ours, or the
/// user's own where they disagree. Written through `AppState::overrides`.
pub fn use_score(index: usize, side: Side) -> Memo<u8> {
    let scores = use_app_state().scores;
    Memo::new(move |_| scores.with(|s| s[index][side.index()]))
}

/// Reads criterion `index`'s flip point (a frame behind the sliders, see
/// `AppState::flips`). Writes nothing.
pub fn use_flip(index: usize) -> Memo<Flip> {
    let flips = use_app_state().flips;
    Memo::new(move |_| flips.with(|f| f.each[index].clone()))
}
