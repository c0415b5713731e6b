//! Keeps the priorities in step with the outside world: read once at start
//! from the address bar and localStorage, then written back (debounced) to
//! both, flushed when the page is hidden, and merged with other tabs.
//! The decisions (formats, precedence, merging) are in `domain`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::browser::debounce::{Debounced, Throttled};
use crate::browser::storage::LocalStore;
use crate::browser::url;
use crate::domain::opening::{opening, Opening};
use crate::domain::prefs::{self, STORAGE_KEY};
use crate::domain::priorities::Priorities;
use crate::domain::share;

/// Slider ticks closer together than this become one write.
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// At most 75 address updates in 30 s while a slider is dragged: under the
/// limits of Chromium (200 in 10 s) and Safari (100 in 30 s).
const ADDRESS_INTERVAL: Duration = Duration::from_millis(400);

const NO_STORAGE: &str = "This browser does not let the page save your priorities, so they last only while it is open. The address bar still holds them: bookmark or copy it.";
const SAVE_REFUSED: &str = "Your latest priorities could not be saved: the browser refused to store them. The address bar still holds them.";
const BACKUP_REFUSED: &str = "Your saved priorities could not be fully read, and the browser has no room to keep a copy, so nothing will be saved over them in this visit.";

/// What the page starts from.
pub struct Start {
    pub opening: Opening,
    pub notices: Vec<String>,
    /// None when storage can't be used (or must not be written this visit).
    pub store: Option<LocalStore>,
    /// What the user had saved, as far as it could be read.
    pub saved: Option<Priorities>,
    /// The stored value was damaged and is backed up: write a clean one.
    pub rewrite: bool,
}

pub fn start(ids: &[&'static str]) -> Start {
    let mut notices = Vec::new();
    let mut store = LocalStore::open();
    let mut saved = None;
    let mut rewrite = false;
    match store {
        None => notices.push(NO_STORAGE.to_owned()),
        Some(local) => {
            if let Some(raw) = local.get(STORAGE_KEY) {
                let loaded = prefs::load(&raw, ids);
                if loaded.needs_backup() {
                    let key = prefs::backup_key(&raw, |k| local.get(k));
                    if local.write_raw(&key, &raw) {
                        notices.extend(prefs::describe(&loaded.problems, &key));
                        rewrite = true;
                    } else {
                        notices.push(BACKUP_REFUSED.to_owned());
                        store = None;
                    }
                }
                saved = loaded.priorities;
            }
        }
    }
    let link = share::decode(&url::current_query(), ids);
    notices.extend(share::describe(&link.problems));
    Start {
        opening: opening(link.priorities, saved.clone(), ids.len()),
        notices,
        store,
        saved,
        rewrite,
    }
}

pub struct Sync {
    ids: Vec<&'static str>,
    store: Option<LocalStore>,
    priorities: RwSignal<Priorities>,
    own_set_aside: RwSignal<Option<Priorities>>,
    notices: super::Notices,
    /// The stored priorities as this tab last read or wrote them: the base
    /// of the three-way merge with other tabs.
    base: RefCell<Priorities>,
    refusal_told: Cell<bool>,
}

impl Sync {
    /// Starts syncing: effects for the address bar and storage, listeners
    /// for page hiding and other tabs.
    pub fn connect(
        ids: Vec<&'static str>,
        start: &Start,
        priorities: RwSignal<Priorities>,
        own_set_aside: RwSignal<Option<Priorities>>,
        notices: super::Notices,
    ) -> Rc<Sync> {
        let defaults = Priorities::defaults(ids.len());
        let sync = Rc::new(Sync {
            ids,
            store: start.store,
            priorities,
            own_set_aside,
            notices,
            base: RefCell::new(start.saved.clone().unwrap_or(defaults)),
            refusal_told: Cell::new(false),
        });
        if start.rewrite {
            sync.save_now();
        }
        sync.show_in_address_bar();

        let save = Debounced::new(SAVE_DELAY, {
            let sync = sync.clone();
            move || sync.save_merged()
        });
        let address = Throttled::new(ADDRESS_INTERVAL, {
            let sync = sync.clone();
            move || sync.show_in_address_bar()
        });
        Effect::new({
            let (save, address) = (save.clone(), address.clone());
            move |ran_before: Option<()>| {
                priorities.track();
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
            if document().hidden() {
                flush()
            }
        });
        window_event_listener(leptos::ev::storage, {
            let sync = sync.clone();
            move |event| sync.on_storage_event(event)
        });
        sync
    }

    /// The address that reproduces what the page shows now.
    pub fn share_url(&self) -> String {
        url::address_with_query(&self.current_query())
    }

    fn current_query(&self) -> String {
        self.priorities
            .with_untracked(|p| share::encode(&self.ids, p))
    }

    /// Saves and shows at once what the page shows now (Reset, "Keep these",
    /// "Back to mine"), so a reload right after finds it in both places.
    pub fn commit(&self) {
        self.save_now();
        self.show_in_address_bar();
    }

    fn show_in_address_bar(&self) {
        url::replace_query(&self.current_query());
    }

    /// Writes exactly what the page shows.
    fn save_now(&self) {
        self.write(self.priorities.get_untracked());
    }

    /// Writes this tab's changes on top of whatever another tab stored since.
    fn save_merged(&self) {
        let Some(store) = self.writable_store() else {
            return;
        };
        let theirs = store
            .get(STORAGE_KEY)
            .and_then(|raw| prefs::load(&raw, &self.ids).priorities)
            .unwrap_or_else(|| self.base.borrow().clone());
        let mine = self.priorities.get_untracked();
        let merged = prefs::merge(&self.base.borrow(), &mine, &theirs);
        self.write(merged.clone());
        if merged != mine {
            self.priorities.set(merged);
        }
    }

    /// The store, unless it must not be written now: the user's own
    /// priorities are set aside while a shared link shows.
    fn writable_store(&self) -> Option<LocalStore> {
        self.store
            .filter(|_| self.own_set_aside.with_untracked(Option::is_none))
    }

    fn write(&self, priorities: Priorities) {
        let Some(store) = self.writable_store() else {
            return;
        };
        let json = prefs::to_json(&self.ids, &priorities);
        if store.get(STORAGE_KEY).as_deref() != Some(json.as_str())
            && !store.write_raw(STORAGE_KEY, &json)
        {
            if !self.refusal_told.replace(true) {
                self.notices.push(SAVE_REFUSED.to_owned());
            }
            return;
        }
        *self.base.borrow_mut() = priorities;
    }

    /// Another tab saved: take its changes, keep this tab's unsaved ones.
    fn on_storage_event(&self, event: web_sys::StorageEvent) {
        let ours = event.key().is_none_or(|key| key == STORAGE_KEY);
        if !ours || self.writable_store().is_none() {
            return;
        }
        let theirs = match event.new_value() {
            Some(raw) => match prefs::load(&raw, &self.ids).priorities {
                Some(p) => p,
                None => return,
            },
            None => Priorities::defaults(self.ids.len()),
        };
        let mine = self.priorities.get_untracked();
        let merged = prefs::merge(&self.base.borrow(), &mine, &theirs);
        *self.base.borrow_mut() = theirs;
        if merged != mine {
            self.priorities.set(merged);
        }
    }

    /// Leaves a shared link's priorities for the user's own, as stored now
    /// (another tab may have changed them) or as they were set aside.
    pub fn restore_own(&self) {
        let stored = self
            .store
            .and_then(|s| s.get(STORAGE_KEY))
            .and_then(|raw| prefs::load(&raw, &self.ids).priorities);
        let own = stored
            .or_else(|| self.own_set_aside.get_untracked())
            .unwrap_or_else(|| Priorities::defaults(self.ids.len()));
        *self.base.borrow_mut() = own.clone();
        self.own_set_aside.set(None);
        self.priorities.set(own);
        self.show_in_address_bar();
    }
}
