//! localStorage, only once it is known to work.
//!
//! gloo-storage's `LocalStorage::raw()` panics when storage is blocked (even
//! reading `window.localStorage` can throw), so [`LocalStore::open`] checks
//! first, and only a `LocalStore` can reach gloo-storage.

use gloo_storage::{LocalStorage, Storage};

use crate::domain::overwrite::RawStore;

const PROBE_KEY: &str = "faceoff.probe";

/// Proof that localStorage could be read and written when the app started.
#[derive(Clone, Copy, Debug)]
pub struct LocalStore(());

impl LocalStore {
    /// None when storage is missing, blocked, or refuses a small write.
    pub fn open() -> Option<LocalStore> {
        let storage = super::window()?.local_storage().ok()??;
        storage.set_item(PROBE_KEY, "1").ok()?;
        storage.remove_item(PROBE_KEY).ok()?;
        storage.get_item(PROBE_KEY).ok()?;
        Some(LocalStore(()))
    }

    /// Stores a raw string; false when the browser refuses (quota, policy).
    pub fn write_raw(self, key: &str, value: &str) -> bool {
        LocalStorage::raw().set_item(key, value).is_ok()
    }

    /// The raw stored string; None when absent or when reading throws.
    pub fn get(self, key: &str) -> Option<String> {
        LocalStorage::raw().get_item(key).ok().flatten()
    }
}

/// What `overwrite::save` writes through: the saved preferences' one rule.
impl RawStore for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        LocalStore::get(*self, key)
    }

    fn set(&mut self, key: &str, value: &str) -> bool {
        self.write_raw(key, value)
    }
}
