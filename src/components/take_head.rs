use leptos::prelude::*;

use super::fill_bar::FillBar;
use crate::domain::comparison::{Side, MAX_SCORE};
use crate::state::{use_app_state, use_score};

/// A framework's name and score on one round, with the score's bar: ours,
/// or the user's own where they disagree.
#[component]
pub fn TakeHead(
    /// Position of the criterion in the content.
    index: usize,
    side: Side,
) -> impl IntoView {
    let c = use_app_state().comparison();
    let ours = c.criteria[index].take(side).score;
    let score = use_score(index, side);
    let score = move || score.get();
    let replaced = move || score() != ours;
    view! {
        <h4 class="take-head">
            <span class="name">{c.framework(side).name}</span>
            <span class="score" class:replaced=replaced>
                <span class="sr-only">"scores "</span>
                {score}
                <span class="out-of">" / " {MAX_SCORE}</span>
                {move || replaced().then(|| view! {
                    <span class="ours-note">" (yours; ours " {ours} ")"</span>
                })}
            </span>
        </h4>
        <FillBar
            class="score-bar"
            percent=move || u32::from(score()) * 100 / u32::from(MAX_SCORE)
        />
    }
}
