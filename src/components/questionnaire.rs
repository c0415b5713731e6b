use leptos::prelude::*;

use super::on_demand::{missing_sentence, on_demand, PartMissing, Retry};
use crate::content::questions::{HEADING, QUESTIONS};
use crate::domain::explain::short_headline;
use crate::domain::questionnaire::priorities_from_answers;
use crate::domain::scoring::evaluate;
use crate::state::use_app_state;

/// A few quick questions that set the sliders, behind a closed `details`.
/// The questions' code is a wasm part of its own, fetched the first time
/// they are opened.
#[component]
pub fn Questionnaire() -> impl IntoView {
    // Off the browser (the build's prerender) they are drawn at once, to read.
    let opened = RwSignal::new(cfg!(not(target_family = "wasm")));
    let toggle = move |ev: leptos::ev::Event| {
        if event_target::<web_sys::Element>(&ev).has_attribute("open") {
            opened.set(true);
        }
    };
    let questions = move || {
        opened
            .get()
            .then(|| on_demand(quiz_form, || {}, quiz_unavailable))
    };
    view! {
        <section class="quiz" aria-labelledby="quiz-title">
            <details on:toggle=toggle>
                <summary>
                    <h2 id="quiz-title">{HEADING}</h2>
                </summary>
                {questions}
            </details>
        </section>
    }
}

/// The questions: a split point (see `on_demand`).
#[leptos::wasm_split::wasm_split(quiz, wasm_split_path = leptos::wasm_split, fallible)]
fn quiz_form() -> Result<AnyView, PartMissing> {
    Ok(view! { <QuizForm /> }.into_any())
}

/// What shows in place of the questions when their code is missing.
fn quiz_unavailable(retry: Retry) -> impl IntoView {
    view! {
        <div class="quiz-missing">
            <p role="alert">{missing_sentence("The questions")}</p>
            <div class="quiz-actions">
                <button type="button" class="primary" on:click=move |_| retry.run()>"Try again"</button>
            </div>
        </div>
    }
}

/// Nothing changes until the user applies the answers; any question can be
/// skipped.
#[component]
fn QuizForm() -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let ids: Vec<&'static str> = c.criteria.iter().map(|c| c.id).collect();
    let answers = RwSignal::new(vec![None::<usize>; QUESTIONS.len()]);
    let applied = RwSignal::new(false);
    let suggested =
        Memo::new(move |_| answers.with(|a| priorities_from_answers(&QUESTIONS, a, &ids)));
    let answered = move || answers.with(|a| a.iter().flatten().count());
    let preview = move || {
        let outcome = suggested.with(|p| evaluate(&c.score_table(), &p.as_u32()));
        format!(
            "{} of {} answered. These answers point to: {}.",
            answered(),
            QUESTIONS.len(),
            short_headline(c, &outcome)
        )
    };
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.priorities.set(suggested.get_untracked());
        applied.set(true);
    };
    // A reset button: the form unticks every radio itself, and the
    // answers follow.
    let clear = move |_| {
        answers.set(vec![None; QUESTIONS.len()]);
        applied.set(false);
    };
    let questions = QUESTIONS
        .iter()
        .enumerate()
        .map(|(q, question)| {
            let options = question
                .options
                .iter()
                .enumerate()
                .map(|(o, choice)| {
                    view! {
                        <label class="option">
                            <input
                                type="radio"
                                name=format!("q-{}", question.id)
                                on:change=move |_| {
                                    answers.update(|a| a[q] = Some(o));
                                    applied.set(false);
                                }
                            />
                            {choice.label}
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset>
                    <legend>{question.text}</legend>
                    <div class="options">{options}</div>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <form on:submit=apply on:reset=clear>
            <p class="hint needs-js">
                "Skip any question you like. Your sliders change only when you apply the answers."
            </p>
            {questions}
            <p class="quiz-preview" aria-live="polite">{preview}</p>
            <div class="quiz-actions">
                <button type="submit" class="primary" disabled=move || answered() == 0>
                    "Apply to my sliders"
                </button>
                <button type="reset">"Clear answers"</button>
            </div>
            <p class="quiz-done" aria-live="polite">
                {move || applied.get().then_some("Done: the sliders now follow your answers. Fine-tune them below.")}
            </p>
        </form>
    }
}
