//! Keeps the user's choices (priorities and own scores) in step with the
//! outside world once the page has opened (see `start`): written back,
//! debounced, to the address bar and localStorage, flushed when the page
//! is hidden, and merged with other tabs. The decisions (formats, merging,
//! the rule every write follows) are in `domain`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use super::start::Start;
use crate::browser::debounce::{Debounced, Throttled};
use crate::browser::paint::after_next_paint;
use crate::browser::storage::LocalStore;
use crate::browser::url;
use crate::domain::opening::Choices;
use crate::domain::overrides::Overrides;
use crate::domain::overwrite::{self, Saved};
use crate::domain::prefs::{self, STORAGE_KEY};
use crate::domain::priorities::Priorities;
use crate::domain::share::{self, Ids};

/// Slider ticks closer together than this become one write.
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// At most 75 address updates in 30 s while a slider is dragged: under the
/// limits of Chromium (200 in 10 s) and Safari (100 in 30 s).
const ADDRESS_INTERVAL: Duration = Duration::from_millis(400);

const SAVE_REFUSED: &str = "Your latest priorities could not be saved: the browser refused to store them. The address bar still holds them.";
const BACKUP_REFUSED: &str = "Your saved priorities could not be fully read, and the browser has no room to keep a copy, so nothing will be saved over them in this visit.";
const NEWER_SAVED: &str = "Your priorities were saved by a newer version of this page, so this tab will not save over them. Reload to get the newer version.";

/// What another tab stored could not be fully read: said once the original is safe.
fn replaced_notice(backup: &str) -> String {
    format!("Another tab saved priorities this page could not fully read. They were kept in this browser's storage as “{backup}” before yours were saved.")
}

/// The live link between the page's choices and the address bar, storage
/// and other tabs.
pub struct Persistence {
    ids: Ids<'static>,
    store: Option<LocalStore>,
    priorities: RwSignal<Priorities>,
    overrides: RwSignal<Overrides>,
    own_set_aside: RwSignal<Option<Choices>>,
    notices: super::Notices,
    /// The stored choices as this tab last read or wrote them: the base of
    /// the three-way merge with other tabs.
    base: RefCell<Choices>,
    /// Read once: the result's link is rebuilt on every slider step.
    page_address: String,
    /// This tab's last write, to recognise a write made at the same moment.
    last_write: RefCell<Option<prefs::LastWrite>>,
    refusal_told: Cell<bool>,
    /// A link the address bar shows instead of the user's own (the team
    /// view's), while there is one.
    held_address: RefCell<Option<String>>,
    /// Set when writing must end for this visit: a newer release stored the
    /// value, or the browser refused to keep a backup.
    stopped: Cell<bool>,
}

/// The signals `Persistence` keeps in step.
pub struct Signals {
    pub priorities: RwSignal<Priorities>,
    pub overrides: RwSignal<Overrides>,
    pub own_set_aside: RwSignal<Option<Choices>>,
    pub notices: super::Notices,
}

impl Persistence {
    /// Starts syncing: effects for the address bar and storage, listeners
    /// for page hiding and other tabs.
    pub fn connect(ids: Ids<'static>, start: &Start, signals: Signals) -> Rc<Persistence> {
        let defaults = Choices::defaults(ids.criteria.len());
        let Signals {
            priorities,
            overrides,
            own_set_aside,
            notices,
        } = signals;
        let persistence = Rc::new(Persistence {
            ids,
            store: start.store,
            priorities,
            overrides,
            own_set_aside,
            notices,
            base: RefCell::new(start.saved.clone().unwrap_or(defaults)),
            page_address: url::page_address(),
            last_write: RefCell::new(None),
            refusal_told: Cell::new(false),
            held_address: RefCell::new(None),
            stopped: Cell::new(false),
        });
        if start.newer {
            persistence.stop_for_newer();
        }
        if start.rewrite {
            // The user's own choices as read, even while a shared link
            // shows: the damaged value is backed up and cleaned at once.
            let own = persistence.base.borrow().clone();
            persistence.store(own.clone(), own, true);
        }
        // The address becomes the result's link: after the first paint, as
        // it takes a few milliseconds the first screen should not wait for.
        after_next_paint({
            let persistence = persistence.clone();
            move || persistence.show_in_address_bar()
        });

        let save = Debounced::new(SAVE_DELAY, {
            let persistence = persistence.clone();
            move || persistence.save_merged()
        });
        let address = Throttled::new(ADDRESS_INTERVAL, {
            let persistence = persistence.clone();
            move || persistence.show_in_address_bar()
        });
        Effect::new({
            let (save, address) = (save.clone(), address.clone());
            move |ran_before: Option<()>| {
                priorities.track();
                overrides.track();
                if ran_before.is_some() {
                    save.schedule();
                    address.schedule();
                }
            }
        });
        // A change made just before the page goes away must not be lost.
        let flush = move || {
            save.flush();
            address.flush();
        };
        window_event_listener_untyped("pagehide", {
            let flush = flush.clone();
            move |_| flush()
        });
        window_event_listener_untyped("visibilitychange", move |_| {
            if crate::browser::page_hidden() {
                flush()
            }
        });
        window_event_listener(leptos::ev::storage, {
            let persistence = persistence.clone();
            move |event| persistence.on_storage_event(event)
        });
        persistence
    }

    /// The address that reproduces what the page shows now.
    pub fn share_url(&self) -> String {
        self.address_with(&self.current_query())
    }

    /// This page's address with `query`.
    pub fn address_with(&self, query: &str) -> String {
        format!("{}?{query}", self.page_address)
    }

    fn choices(&self) -> Choices {
        super::shown_choices(self.priorities, self.overrides)
    }

    fn show(&self, choices: Choices) {
        if self.priorities.with_untracked(|p| *p != choices.priorities) {
            self.priorities.set(choices.priorities);
        }
        if self.overrides.with_untracked(|o| *o != choices.overrides) {
            self.overrides.set(choices.overrides);
        }
    }

    fn current_query(&self) -> String {
        let Choices {
            priorities,
            overrides,
        } = self.choices();
        share::encode(self.ids, &priorities, &overrides)
    }

    /// Saves and shows at once what the page shows now (Reset, "Keep these",
    /// "Back to mine"), so a reload right after finds it in both places.
    pub fn commit(&self) {
        self.save_now();
        self.show_in_address_bar();
    }

    fn show_in_address_bar(&self) {
        match &*self.held_address.borrow() {
            Some(query) => url::replace_query(query),
            None => url::replace_query(&self.current_query()),
        }
    }

    /// Shows `query` in the address bar instead of the user's own result
    /// until it is given None; saving goes on as before.
    pub fn hold_address(&self, query: Option<String>) {
        if *self.held_address.borrow() != query {
            self.held_address.replace(query);
            self.show_in_address_bar();
        }
    }

    /// Writes exactly what the page shows.
    fn save_now(&self) {
        let over = self.base.borrow().clone();
        self.write(self.choices(), over);
    }

    /// Writes this tab's changes on top of whatever another tab stored since.
    fn save_merged(&self) {
        let Some(store) = self.writable_store() else {
            return;
        };
        let theirs = store
            .get(STORAGE_KEY)
            .and_then(|raw| prefs::load(&raw, self.ids).choices)
            .unwrap_or_else(|| self.base.borrow().clone());
        let merged = prefs::merge(&self.base.borrow(), &self.choices(), &theirs);
        self.write(merged.clone(), theirs);
        self.show(merged);
    }

    /// The store, unless it must not be written now: the user's own
    /// priorities are set aside while a shared link shows, or writing has
    /// stopped for this visit.
    fn writable_store(&self) -> Option<LocalStore> {
        self.store
            .filter(|_| !self.stopped.get() && self.own_set_aside.with_untracked(Option::is_none))
    }

    /// Stores `choices`, merged onto the stored value `over`.
    fn write(&self, choices: Choices, over: Choices) {
        if self.writable_store().is_some() {
            self.store(choices, over, false);
        }
    }

    /// Stores `choices` by the rule every write follows (`overwrite::save`)
    /// and tells the user what they need to know of the outcome.
    fn store(&self, choices: Choices, over: Choices, at_start: bool) {
        let Some(mut store) = self.store.filter(|_| !self.stopped.get()) else {
            return;
        };
        let json = prefs::to_json(
            self.ids,
            &choices,
            Some(prefs::fingerprint(self.ids, &over)),
        );
        match overwrite::save(&mut store, self.ids, &json) {
            Saved::Written | Saved::Unchanged => {}
            Saved::BackedUp { backup, problems } => {
                let notice = if at_start {
                    prefs::describe(&problems, &backup)
                } else {
                    Some(replaced_notice(&backup))
                };
                notice.into_iter().for_each(|n| self.notices.push(n));
            }
            Saved::Newer => return self.stop_for_newer(),
            Saved::BackupRefused => {
                self.stopped.set(true);
                return self.notices.push(BACKUP_REFUSED.to_owned());
            }
            Saved::Refused => {
                if !self.refusal_told.replace(true) {
                    self.notices.push(SAVE_REFUSED.to_owned());
                }
                return;
            }
        }
        *self.base.borrow_mut() = choices.clone();
        *self.last_write.borrow_mut() = Some(prefs::LastWrite {
            over,
            wrote: choices,
        });
    }

    /// A newer release stored the value: this tab stops writing for the
    /// visit, and offers the reload that brings the newer release.
    fn stop_for_newer(&self) {
        self.stopped.set(true);
        self.notices.push_offering_reload(NEWER_SAVED.to_owned());
    }

    /// Another tab saved: take its changes, keep this tab's unsaved ones.
    fn on_storage_event(&self, event: web_sys::StorageEvent) {
        let ours = event.key().is_none_or(|key| key == STORAGE_KEY);
        if !ours || self.writable_store().is_none() {
            return;
        }
        let (theirs, their_after) = match event.new_value() {
            Some(raw) => {
                let loaded = prefs::load(&raw, self.ids);
                if loaded.newer {
                    // Shown as far as it can be read; never written over.
                    self.stop_for_newer();
                }
                match loaded.choices {
                    Some(c) => (c, loaded.after),
                    None => return,
                }
            }
            None => (Choices::defaults(self.ids.criteria.len()), None),
        };
        let (merged, resave) = prefs::merge_incoming(
            self.ids,
            &self.base.borrow(),
            &self.choices(),
            &theirs,
            their_after,
            self.last_write.borrow().as_ref(),
        );
        *self.base.borrow_mut() = theirs.clone();
        self.show(merged.clone());
        if resave {
            self.write(merged, theirs);
        }
    }

    /// Leaves a shared link's priorities for the user's own, as stored now
    /// (another tab may have changed them) or as they were set aside.
    pub fn restore_own(&self) {
        let stored = self
            .store
            .and_then(|s| s.get(STORAGE_KEY))
            .and_then(|raw| prefs::load(&raw, self.ids).choices);
        let own = stored
            .or_else(|| self.own_set_aside.get_untracked())
            .unwrap_or_else(|| Choices::defaults(self.ids.criteria.len()));
        *self.base.borrow_mut() = own.clone();
        self.own_set_aside.set(None);
        self.show(own);
        self.show_in_address_bar();
    }
}
