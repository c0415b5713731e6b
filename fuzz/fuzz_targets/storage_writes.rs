//! Any stored string, then any sequence of this tab's saves: the original
//! string survives somewhere in storage unless it was read completely.
//! Input: one byte for the number of saves, 13 bytes of weights for each,
//! and the rest as the stored string.
#![no_main]

use std::collections::BTreeMap;

use faceoff::domain::opening::Choices;
use faceoff::domain::overrides::Overrides;
use faceoff::domain::overwrite::{save, RawStore};
use faceoff::domain::prefs::{load, to_json, STORAGE_KEY};
use faceoff::domain::priorities::Priorities;
use libfuzzer_sys::fuzz_target;

#[derive(Default)]
struct MapStore(BTreeMap<String, String>);

impl RawStore for MapStore {
    fn get(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set(&mut self, key: &str, value: &str) -> bool {
        self.0.insert(key.to_owned(), value.to_owned());
        true
    }
}

fuzz_target!(|data: &[u8]| {
    let ids = faceoff_fuzz::ids();
    let count = ids.criteria.len();
    let Some((&saves, rest)) = data.split_first() else {
        return;
    };
    let saves = usize::from(saves % 4);
    if rest.len() < saves * count {
        return;
    }
    let (weights, stored) = rest.split_at(saves * count);
    let original = String::from_utf8_lossy(stored).into_owned();
    let mut store = MapStore::default();
    store.set(STORAGE_KEY, &original);
    for chunk in weights.chunks(count) {
        let choices = Choices {
            priorities: Priorities::from_weights(chunk.iter().map(|w| w % 11)),
            overrides: Overrides::none(count),
        };
        save(&mut store, ids, &to_json(ids, &choices, None));
    }
    let complete = !load(&original, ids).needs_backup();
    assert!(complete || store.0.values().any(|v| *v == original));
});
