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
    /// The team link the page was opened on, until the team view reads it.
    opened_link: StoredValue<Option<String>>,
}

impl Team {
    pub(super) fn new(
        ids: Ids<'static>,
        opened_link: Option<String>,
        persistence: StoredValue<Option<Rc<Persistence>>, LocalStorage>,
    ) -> Team {
        Team {
            members: RwSignal::new(Vec::new()),
            open: RwSignal::new(opened_link.is_some()),
            messages: RwSignal::new(Vec::new()),
            ids,
            persistence,
            opened_link: StoredValue::new(opened_link),
        }
    }

    /// Keeps the team link the page was opened on in the address bar until
    /// the team view has read it (or for good, if its code never arrives).
    pub(super) fn hold_opened_link(&self) {
        self.hold_address(self.opened_link.get_value());
    }

    /// Run by the team view as it is drawn: reads the members of the team
    /// link the page was opened on, then keeps the team's link in the
    /// address bar while the view is open. Reading and writing team links
    /// is thus code of the view's, loaded on demand.
    pub fn attach(&self) {
        if let Some(link) = self.opened_link.try_update_value(Option::take).flatten() {
            let (members, dropped) = team::decode(&link, self.ids).unwrap_or_default();
            self.members.set(members);
            self.messages
                .set(team::words::dropped_notice(dropped).into_iter().collect());
        }
        let team = *self;
        Effect::new(move || {
            team.members.track();
            team.show_link();
        });
    }

    /// The members combined; None while the team has none. Made by the team
    /// view itself, so that its code goes with the view's (loaded on demand).
    pub fn combined(&self) -> Memo<Option<TeamView>> {
        let members = self.members;
        let ours = COMPARISON.score_table();
        Memo::new(move |_| members.with(|m| (!m.is_empty()).then(|| combine(m, &ours))))
    }

    /// Puts the team link in the address bar while the view is open.
    fn show_link(&self) {
        self.hold_address(self.query());
    }

    /// Shows `query` in the address bar instead of the user's own result;
    /// None gives the address back to it.
    fn hold_address(&self, query: Option<String>) {
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
        added.refused.is_empty() && !added.members.is_empty()
    }

    /// Opens the team view; a new team starts with the user's own result.
    pub fn start(&self, own: Choices) {
        if self.members.with_untracked(Vec::is_empty) {
            // An empty team takes any one member.
            let _ = self.join_own(own);
        }
        self.open.set(true);
    }

    pub fn close(&self) {
        self.open.set(false);
        self.hold_address(None);
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
    }

    /// Renames a member; a name with nothing printable keeps the old one.
    pub fn rename(&self, index: usize, raw: &str) {
        let mut members = self.members.get_untracked();
        match team::rename(&mut members, index, raw, self.ids) {
            Ok(()) => self.members.set(members),
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
