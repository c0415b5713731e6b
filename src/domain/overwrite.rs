//! The one rule for every write to the saved preferences, whichever path it
//! comes from (the start-up rewrite, a debounced save, a merge with another
//! tab, a flush as the page is left): the value about to be written over is
//! either read completely, or copied to a backup key first. A value stored by
//! a newer release of the page is never written over: the tab stops saving.

use super::prefs::{self, PrefsProblem, STORAGE_KEY};
use super::share::Ids;

/// Storage as the rule sees it: the browser's localStorage, or a map in tests.
pub trait RawStore {
    fn get(&self, key: &str) -> Option<String>;
    /// False when the browser refuses the write (quota, policy).
    fn set(&mut self, key: &str, value: &str) -> bool;
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written, over nothing or over a value that was read completely.
    Written,
    /// Already stored exactly so: nothing written.
    Unchanged,
    /// The value written over could not be fully read: it was kept under
    /// `backup` first, and `problems` says why.
    BackedUp {
        backup: String,
        problems: Vec<PrefsProblem>,
    },
    /// A newer release of the page stored the value: nothing was written,
    /// and this tab must not write again.
    Newer,
    /// The browser refused to store the backup, so nothing was written.
    BackupRefused,
    /// The browser refused the write.
    Refused,
}

/// Stores `json` under [`STORAGE_KEY`] by the rule above.
pub fn save(store: &mut impl RawStore, ids: Ids, json: &str) -> Saved {
    let mut backup = None;
    if let Some(raw) = store.get(STORAGE_KEY) {
        if raw == json {
            return Saved::Unchanged;
        }
        let loaded = prefs::load(&raw, ids);
        if loaded.newer {
            return Saved::Newer;
        }
        let problems = loaded.problems;
        if !problems.is_empty() {
            let key = prefs::backup_key(&raw, |k| store.get(k));
            if !store.set(&key, &raw) {
                return Saved::BackupRefused;
            }
            backup = Some((key, problems));
        }
    }
    if !store.set(STORAGE_KEY, json) {
        return Saved::Refused;
    }
    match backup {
        Some((backup, problems)) => Saved::BackedUp { backup, problems },
        None => Saved::Written,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::opening::Choices;
    use crate::domain::overrides::Overrides;
    use crate::domain::prefs::{to_json, BACKUP_KEY, MAX_STORED_LEN};
    use crate::domain::priorities::Priorities;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    const IDS: Ids = Ids {
        criteria: &["core", "security", "routing"],
        frameworks: ["django", "flask"],
    };

    /// localStorage in a map; `full` refuses every write, as a full quota does.
    #[derive(Default)]
    struct MapStore {
        items: BTreeMap<String, String>,
        full: bool,
    }

    impl RawStore for MapStore {
        fn get(&self, key: &str) -> Option<String> {
            self.items.get(key).cloned()
        }
        fn set(&mut self, key: &str, value: &str) -> bool {
            if self.full {
                return false;
            }
            self.items.insert(key.into(), value.into());
            true
        }
    }

    fn holding(raw: &str) -> MapStore {
        let mut store = MapStore::default();
        store.items.insert(STORAGE_KEY.into(), raw.into());
        store
    }

    fn json(weights: [u8; 3]) -> String {
        let choices = Choices {
            priorities: Priorities::from_weights(weights),
            overrides: Overrides::none(3),
        };
        to_json(IDS, &choices, None)
    }

    #[test]
    fn a_value_read_completely_is_simply_replaced() {
        let mut store = holding(&json([1, 2, 3]));
        assert_eq!(save(&mut store, IDS, &json([4, 5, 6])), Saved::Written);
        assert_eq!(store.items.len(), 1);
        assert_eq!(save(&mut store, IDS, &json([4, 5, 6])), Saved::Unchanged);
    }

    #[test]
    fn every_input_that_loses_data_is_backed_up_first() {
        for raw in [
            "not json",
            r#"{"version":2,"priorities":{"core":1,"core":9},"scores":{}}"#,
            r#"{"version":2,"version":1,"priorities":{},"scores":{}}"#,
            r#"{"version":2,"priorities":{},"scores":{},"theme":"dark"}"#,
            r#"{"version":2,"priorities":{},"scores":{},"after":"x"}"#,
            r#"{"version":2,"priorities":{"core":11},"scores":{}}"#,
        ] {
            let mut store = holding(raw);
            let saved = save(&mut store, IDS, &json([1, 1, 1]));
            assert!(matches!(saved, Saved::BackedUp { .. }), "{raw}: {saved:?}");
            assert_eq!(store.get(BACKUP_KEY).as_deref(), Some(raw));
        }
    }

    #[test]
    fn a_newer_release_s_value_is_never_written_over() {
        for raw in [
            r#"{"version":99,"priorities":{"core":1},"scores":{},"newField":"keep me"}"#,
            r#"{"version":99999999999999999999999,"priorities":{},"scores":{}}"#,
        ] {
            let mut store = holding(raw);
            assert_eq!(save(&mut store, IDS, &json([1, 1, 1])), Saved::Newer);
            assert_eq!(store.get(STORAGE_KEY).as_deref(), Some(raw));
            assert_eq!(store.items.len(), 1);
        }
    }

    #[test]
    fn an_oversized_value_is_backed_up_without_being_parsed() {
        let raw = format!(r#"{{"version":2,"pad":"{}"}}"#, "x".repeat(MAX_STORED_LEN));
        assert_eq!(
            prefs::load(&raw, IDS).problems,
            vec![PrefsProblem::TooLarge]
        );
        let mut store = holding(&raw);
        assert!(matches!(
            save(&mut store, IDS, &json([1, 1, 1])),
            Saved::BackedUp { .. }
        ));
        assert_eq!(store.get(BACKUP_KEY), Some(raw));
    }

    #[test]
    fn a_refused_backup_writes_nothing() {
        let mut store = holding("not json");
        store.full = true;
        assert_eq!(
            save(&mut store, IDS, &json([1, 1, 1])),
            Saved::BackupRefused
        );
        assert_eq!(store.get(STORAGE_KEY).as_deref(), Some("not json"));
    }

    /// Stored strings of every kind: garbage, near-misses of the stored
    /// form, newer versions, and values this version writes itself.
    fn any_stored() -> impl Strategy<Value = String> {
        prop_oneof![
            "\\PC{0,40}",
            "\\{\"version\":(1|2|3|99|-1|1e30),(\"version\":2,)?\"priorities\":\\{(\"(core|security|x)\":(-?[0-9]{1,2}|null),?){0,4}\\}(,\"scores\":\\{(\"core\":\\{\"(django|x)\":[0-9]{1,2}\\})?\\})?(,\"after\":(1|\"x\"))?(,\"theme\":1)?\\}",
            prop::array::uniform3(0u8..=10).prop_map(json),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        #[test]
        fn the_original_survives_unless_it_was_read_completely(
            original in any_stored(),
            changes in prop::collection::vec(prop::array::uniform3(0u8..=10), 1..6),
            earlier_backup in prop::option::of("\\PC{0,10}"),
        ) {
            let mut store = holding(&original);
            if let Some(earlier) = &earlier_backup {
                store.items.insert(BACKUP_KEY.into(), earlier.clone());
            }
            for weights in changes {
                save(&mut store, IDS, &json(weights));
            }
            let complete = prefs::load(&original, IDS).problems.is_empty();
            prop_assert!(complete || store.items.values().any(|v| *v == original));
            // An earlier backup is never written over either.
            if let Some(earlier) = earlier_backup {
                prop_assert!(store.items.values().any(|v| *v == earlier));
            }
        }
    }
}
