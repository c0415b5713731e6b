use leptos::prelude::*;

use super::on_demand::{missing_sentence, on_demand, PartMissing, Retry};
use super::team_result::TeamResult;
use crate::browser::focus::focus_id;
use crate::domain::team::words::member_call;
use crate::domain::team::{Member, TeamView, MAX_LABEL_CHARS};
use crate::state::use_app_state;

/// The team view's heading: focus goes there when it opens and when the
/// control that held focus goes away.
pub const TEAM_HEADING: &str = "team-title";

/// Several people's result links combined into one decision. Shown once
/// the user starts it from the share area, or opens a team link.
///
/// Few visitors use it, so its code is a wasm part of its own
/// (`team_panel`), fetched the first time the view opens: the first load
/// carries only this section.
#[component]
pub fn TeamSection() -> impl IntoView {
    let team = use_app_state().team;
    // Drawn again only when it opens or closes: starting a team while the
    // view is open keeps what is being typed in it.
    let open = Memo::new(move |_| team.open.get());
    let focus_heading = || {
        // Drawn by the next frame: take the reader there.
        request_animation_frame(|| focus_id(TEAM_HEADING));
    };
    move || {
        open.get().then(|| {
            on_demand(
                team_panel,
                focus_heading,
                |retry| view! { <TeamViewUnavailable retry /> },
            )
        })
    }
}

/// What the reader sees instead of the team view when its code is missing.
#[component]
fn TeamViewUnavailable(retry: Retry) -> impl IntoView {
    let team = use_app_state().team;
    view! {
        <section id="team" class="team" aria-labelledby=TEAM_HEADING>
            <h2 id=TEAM_HEADING tabindex="-1">"Decide as a team"</h2>
            <p role="alert">{missing_sentence("The team view")} " Your own result is kept."</p>
            <div class="team-actions">
                <button type="button" class="primary" on:click=move |_| retry.run()>"Try again"</button>
                <button type="button" on:click=move |_| close(team)>"Close team view"</button>
            </div>
        </section>
    }
}

/// Starts fetching the team view's code, for a page opened on a team link:
/// it then arrives while the first screen is drawn instead of after it. A
/// failure here is left to `TeamSection`, which tries again and says so.
pub fn fetch_team_view_early() {
    leptos::task::spawn_local(async {
        let _ = fetch_team_panel().await;
    });
}

/// The team view itself: a split point. Its code, and all the code only it
/// uses, goes into the wasm part named `team` (see docs/architecture.md).
#[leptos::wasm_split::wasm_split(
    team,
    wasm_split_path = leptos::wasm_split,
    fallible,
    preload(fetch_team_panel)
)]
fn team_panel() -> Result<AnyView, PartMissing> {
    Ok(view! { <TeamPanel /> }.into_any())
}

#[component]
fn TeamPanel() -> impl IntoView {
    let team = use_app_state().team;
    team.attach();
    let view = team.combined();
    view! {
        <section id="team" class="team" aria-labelledby=TEAM_HEADING>
            <div class="team-head">
                <h2 id=TEAM_HEADING tabindex="-1">"Decide as a team"</h2>
                <button type="button" on:click=move |_| close(team)>"Close team view"</button>
            </div>
            <p class="hint">
                "Add the result links your team sent you. A name before a link, on the same line, becomes its label. Names stay in this page and its link, and your own saved priorities are not changed."
            </p>
            <AddMembers />
            <div class="team-messages" role="status">
                {move || {
                    team.messages
                        .get()
                        .into_iter()
                        .map(|message| view! { <p>{message}</p> })
                        .collect_view()
                }}
            </div>
            <MemberList view />
            <TeamResult view />
        </section>
    }
}

/// Closes the view, and takes the reader back to their own result.
fn close(team: crate::state::Team) {
    team.close();
    focus_id(super::recommendation::RESULT_HEADING);
}

/// Pasting or dropping links, and adding the user's own result.
#[component]
fn AddMembers() -> impl IntoView {
    let state = use_app_state();
    let team = state.team;
    let text = RwSignal::new(String::new());
    let add = move |_| {
        // What could not be used stays in the field, to correct.
        if team.add_pasted(&text.get_untracked()) {
            text.set(String::new());
        }
    };
    let drop = move |event: leptos::ev::DragEvent| {
        let Some(data) = event.data_transfer() else {
            return;
        };
        let dropped = data
            .get_data("text/uri-list")
            .ok()
            .filter(|t| !t.is_empty())
            .or_else(|| data.get_data("text/plain").ok())
            .unwrap_or_default();
        if dropped.trim().is_empty() {
            return;
        }
        event.prevent_default();
        // A URI list marks comments with '#'; its links are one a line.
        let links: String = dropped
            .lines()
            .filter(|line| !line.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        if !team.add_pasted(&links) {
            text.update(|t| {
                if !t.is_empty() {
                    t.push('\n');
                }
                t.push_str(&links);
            });
        }
    };
    view! {
        <div class="team-add">
            <label for="team-links">"Result links to add, one per line (or drop them here)"</label>
            <textarea
                id="team-links"
                rows="3"
                placeholder="Ana: https://…"
                spellcheck="false"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
                on:drop=drop
            ></textarea>
            <div class="team-actions">
                <button type="button" class="primary" on:click=add>"Add to the team"</button>
                <button type="button" on:click=move |_| team.add_own(state.choices())>
                    "Add my own result"
                </button>
            </div>
        </div>
    }
}

/// Each member with their label (editable), their result and a way out.
#[component]
fn MemberList(view: Memo<Option<TeamView>>) -> impl IntoView {
    let team = use_app_state().team;
    // Drawn again when members join or leave, not when one is renamed: the
    // name field being typed in keeps its focus.
    let keys = Memo::new(move |_| {
        team.members
            .with(|m| m.iter().map(Member::key).collect::<Vec<_>>())
    });
    view! {
        <ul class="team-members" aria-label="Members">
            {move || keys.get().into_iter().map(|key| view! { <MemberRow key view /> }).collect_view()}
        </ul>
    }
}

/// One member, found by `key`: rows stay in place (and keep focus) while
/// others are renamed or removed.
#[component]
fn MemberRow(key: String, view: Memo<Option<TeamView>>) -> impl IntoView {
    let state = use_app_state();
    let c = state.comparison();
    let team = state.team;
    let key = StoredValue::new(key);
    let position =
        move || key.with_value(|k| team.members.with(|m| m.iter().position(|x| x.key() == *k)));
    let label = move || {
        let at = position()?;
        team.members.with(|m| m.get(at).map(|x| x.label.clone()))
    };
    let call = move || {
        let at = position()?;
        view.with(|v| {
            let member = v.as_ref()?.members.get(at)?;
            Some(member_call(c, &member.outcome))
        })
    };
    let rename = move |ev: leptos::ev::Event| {
        if let Some(at) = position() {
            team.rename(at, &event_target_value(&ev));
        }
    };
    let remove = move |_| {
        if let Some(at) = position() {
            team.remove(at);
        }
        focus_id(TEAM_HEADING);
    };
    let name = move || label().unwrap_or_default();
    view! {
        <li>
            <input
                type="text"
                class="member-name"
                maxlength=MAX_LABEL_CHARS.to_string()
                prop:value=name
                aria-label=move || format!("Name of {}", name())
                on:change=rename
            />
            <span class="member-call">{call}</span>
            <button type="button" class="remove" aria-label=move || format!("Remove {}", name()) on:click=remove>
                "Remove"
            </button>
        </li>
    }
}
