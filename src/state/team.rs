//! The team view's state: its members, shown only in this page and its
//! link. Nothing here reads or writes the user's own saved choices.

use std::rc::Rc;

use leptos::prelude::*;

use super::persistence::Persistence;

use crate::content::COMPARISON;
use crate::domain::opening::Choices;
use crate::domain::share::Ids;
use crate::domain::team::{self, combine, Member, OwnJoined, TeamView};

/// The label the user's own result joins a team with.
const OWN_LABEL: &str = "Me";

#[derive(Clone, Copy)]
pub struct Team {
    pub members: RwSignal<Vec<Member>>,
    /// Whether the team view is shown (and its link is in the address bar).
    pub open: RwSignal<bool>,
    /// What the last addition did, one sentence each.
    pub messages: RwSignal<Vec<String>>,
    ids: Ids<'static>,
    /// The address bar's keeper: it shows the team link while the view is open.
    persistence: StoredValue<Option<Rc<Persistence>>, LocalStorage>,
}

impl Team {
    pub(super) fn new(
        ids: Ids<'static>,
        opened: Option<Vec<Member>>,
        persistence: StoredValue<Option<Rc<Persistence>>, LocalStorage>,
    ) -> Team {
        let open = opened.as_ref().is_some_and(|m| !m.is_empty());
        Team {
            members: RwSignal::new(opened.unwrap_or_default()),
            open: RwSignal::new(open),
            messages: RwSignal::new(Vec::new()),
            ids,
            persistence,
        }
    }

    /// The members combined; None while the team has none. Made by the team
    /// view itself, so that its code goes with the view's (loaded on demand).
    pub fn combined(&self) -> Memo<Option<TeamView>> {
        let members = self.members;
        let ours = COMPARISON.score_table();
        Memo::new(move |_| members.with(|m| (!m.is_empty()).then(|| combine(m, &ours))))
    }

    /// Puts the team link in the address bar while the view is open, and
    /// gives it back to the user's own result when it closes.
    pub(super) fn show_link(&self) {
        let query = self.query();
        self.persistence
            .with_value(|p| p.as_deref().map(|p| p.hold_address(query)));
    }

    /// Adds the result links in pasted or dropped `text`. True when all of
    /// it was used; otherwise the messages say what was not, and why.
    pub fn add_pasted(&self, text: &str) -> bool {
        let mut added = team::Added::default();
        self.members.update(|members| {
            added = team::add_pasted(members, text, self.ids, &COMPARISON.score_table())
        });
        let mut messages = Vec::new();
        if !added.members.is_empty() {
            let names: Vec<&str> = added.members.iter().map(|m| m.label.as_str()).collect();
            messages.push(format!("Added {}.", names.join(", ")));
        } else if added.refused.is_empty() {
            messages.push("No result link was found in that text.".to_owned());
        }
        messages.extend(added.refused.iter().map(team::Refusal::describe));
        messages.extend(added.notes);
        self.messages.set(messages);
        self.show_link();
        added.refused.is_empty() && !added.members.is_empty()
    }

    /// Opens the team view; a new team starts with the user's own result.
    pub fn start(&self, own: Choices) {
        if self.members.with_untracked(Vec::is_empty) {
            // An empty team takes any one member.
            let _ = self.join_own(own);
        }
        self.open.set(true);
        self.show_link();
    }

    pub fn close(&self) {
        self.open.set(false);
        self.show_link();
    }

    /// Adds the user's own result as it is now, or brings it up to date.
    pub fn add_own(&self, own: Choices) {
        let message = match self.join_own(own) {
            Ok(OwnJoined::Added) => format!("Added {OWN_LABEL}."),
            Ok(OwnJoined::Updated) => {
                format!("{OWN_LABEL} now has your current priorities and scores.")
            }
            Ok(OwnJoined::Unchanged) => {
                format!("{OWN_LABEL} already has your current priorities and scores.")
            }
            Err(refusal) => refusal.describe(),
        };
        self.messages.set(vec![message]);
        self.show_link();
    }

    fn join_own(&self, own: Choices) -> Result<OwnJoined, team::Refusal> {
        let mut result = Ok(OwnJoined::Unchanged);
        // Only a change redraws the team view.
        self.members.maybe_update(|m| {
            result = team::add_own(m, OWN_LABEL, own, self.ids);
            matches!(result, Ok(OwnJoined::Added | OwnJoined::Updated))
        });
        result
    }

    pub fn remove(&self, index: usize) {
        let mut removed = None;
        self.members.update(|m| {
            if index < m.len() {
                removed = Some(m.remove(index).label);
            }
        });
        if let Some(label) = removed {
            self.messages.set(vec![format!("Removed {label}.")]);
        }
        self.show_link();
    }

    /// Renames a member; a name with nothing printable keeps the old one.
    pub fn rename(&self, index: usize, raw: &str) {
        let mut members = self.members.get_untracked();
        match team::rename(&mut members, index, raw, self.ids) {
            Ok(()) => {
                self.members.set(members);
                self.show_link();
            }
            Err(refusal) => self.messages.set(vec![refusal.describe()]),
        }
    }

    /// The team link's query, while the team view is open.
    pub fn query(&self) -> Option<String> {
        if !self.open.get_untracked() {
            return None;
        }
        self.members
            .with_untracked(|m| (!m.is_empty()).then(|| team::encode(m, self.ids)))
    }
}
