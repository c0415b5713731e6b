use std::time::Duration;

use leptos::either::Either;
use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::clipboard;

/// How long the confirmation stays up.
const CONFIRMATION: Duration = Duration::from_secs(4);

/// A button that copies text, confirms it visibly, and where the clipboard
/// is refused shows the text in a field, selected, to copy by hand.
#[component]
pub fn CopyButton(
    /// The button's label.
    label: &'static str,
    /// What the confirmation says ("Link copied").
    done: &'static str,
    /// The field's label when the text must be copied by hand.
    by_hand: &'static str,
    /// Show the by-hand text in a multi-line field.
    #[prop(optional)]
    multiline: bool,
    /// Produces the text at the moment of the click. Boxed: one copy of
    /// this component's code serves every use.
    text: Box<dyn Fn() -> String>,
    /// Style the button as the main action.
    #[prop(optional)]
    primary: bool,
) -> impl IntoView {
    let copied = RwSignal::new(false);
    let manual = RwSignal::new(None::<String>);
    let field = NodeRef::<leptos::html::Textarea>::new();
    let line = NodeRef::<leptos::html::Input>::new();
    let copy = move |_| {
        let value = text();
        spawn_local(async move {
            if clipboard::copy_text(&value).await {
                manual.set(None);
                copied.set(true);
                set_timeout(move || copied.set(false), CONFIRMATION);
            } else {
                copied.set(false);
                manual.set(Some(value));
                // Hand the text over ready to copy.
                request_animation_frame(move || {
                    if let Some(el) = field.get_untracked() {
                        let _ = el.focus();
                        el.select();
                    }
                    if let Some(el) = line.get_untracked() {
                        let _ = el.focus();
                        el.select();
                    }
                });
            }
        });
    };
    view! {
        <div class="copy">
            <button type="button" class:primary=primary on:click=copy>
                {label}
            </button>
            <p class="copy-feedback" aria-live="polite">
                {move || copied.get().then_some(done)}
            </p>
            {move || {
                manual
                    .get()
                    .map(|value| {
                        let field_view = if multiline {
                            Either::Left(
                                view! { <textarea readonly rows="8" node_ref=field prop:value=value></textarea> },
                            )
                        } else {
                            Either::Right(
                                view! { <input type="text" readonly node_ref=line prop:value=value /> },
                            )
                        };
                        view! {
                            <label class="manual-copy">
                                {by_hand}
                                {field_view}
                            </label>
                        }
                    })
            }}
        </div>
    }
}
