//! What the page opens with: the user's choices read once from the address
//! bar and localStorage, the notices about what could not be read, and
//! whether the stored value must be backed up or left alone. The decisions
//! (formats, precedence) are in `domain`; `persistence` keeps them in step
//! from then on.

use crate::browser::storage::LocalStore;
use crate::browser::url;
use crate::domain::opening::{opening, Choices, Opening};
use crate::domain::prefs::{self, STORAGE_KEY};
use crate::domain::scoring::ScorePair;
use crate::domain::share::{self, Ids};
use crate::domain::team;

const NO_STORAGE: &str = "This browser does not let the page save your priorities, so they last only while it is open. The address bar still holds them: bookmark or copy it.";

/// What the page starts from.
pub struct Start {
    pub opening: Opening,
    pub notices: Vec<String>,
    /// None when storage can't be used (or must not be written this visit).
    pub store: Option<LocalStore>,
    /// What the user had saved, as far as it could be read.
    pub saved: Option<Choices>,
    /// The stored value was not fully read: back it up and write a clean one.
    pub rewrite: bool,
    /// The stored value comes from a newer release: never write over it.
    pub newer: bool,
    /// A team link's query, which opens the team view and leaves the
    /// user's own choices as they are. The team view's code reads it.
    pub team: Option<String>,
}

/// `ours` are the content's scores, to tell real overrides from equal ones.
pub fn start(ids: Ids, ours: &[ScorePair]) -> Start {
    let mut notices = Vec::new();
    let store = LocalStore::open();
    let mut saved = None;
    let (mut rewrite, mut newer) = (false, false);
    match store {
        None => notices.push(NO_STORAGE.to_owned()),
        Some(local) => {
            if let Some(raw) = local.get(STORAGE_KEY) {
                let loaded = prefs::load(&raw, ids);
                if loaded.newer {
                    newer = true;
                } else {
                    rewrite = loaded.needs_backup();
                }
                // Content edits may have made a saved score equal to ours.
                saved = loaded.choices.map(|c| Choices {
                    overrides: c.overrides.normalized(ours),
                    ..c
                });
            }
        }
    }
    let query = url::current_query();
    let team = team::team_link(&query).map(str::to_owned);
    let shared = if team.is_some() {
        None
    } else if team::newer_team_version(&query) {
        notices.push(team::words::NEWER_TEAM_LINK.to_owned());
        None
    } else {
        let link = share::decode(&query, ids);
        notices.extend(share::describe(&link.problems));
        link.priorities.map(|priorities| Choices {
            priorities,
            overrides: link.overrides.normalized(ours),
        })
    };
    Start {
        team,
        opening: opening(shared, saved.clone(), ids.criteria.len()),
        notices,
        store,
        saved,
        rewrite,
        newer,
    }
}
