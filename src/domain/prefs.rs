//! Saved preferences: the value kept in localStorage, its versions, and how
//! a stored value (old, broken, hand-edited or from a newer app) is read back.
//!
//! Version 1, under [`STORAGE_KEY`]:
//! `{"version":1,"priorities":{"core":5,"security":9,...}}`, criteria by
//! stable id. Reading never fails: it keeps every valid weight, reports the
//! rest, and tells the caller to back the raw value up before replacing it.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::priorities::{Priorities, DEFAULT_WEIGHT, MAX_WEIGHT};

pub const STORAGE_KEY: &str = "faceoff.prefs";
/// Where a stored value that could not be fully used is kept, untouched.
pub const BACKUP_KEY: &str = "faceoff.prefs.backup";
pub const VERSION: u64 = 1;

/// The stored JSON for these priorities, in the current version.
pub fn to_json(ids: &[&str], priorities: &Priorities) -> String {
    serde_json::to_string(&StoredPrefs::new(ids, priorities)).unwrap_or_else(|_| String::from("{}"))
}

/// The stored form of the current version.
#[derive(Serialize, Debug)]
struct StoredPrefs<'a> {
    version: u64,
    priorities: BTreeMap<&'a str, u8>,
}

impl<'a> StoredPrefs<'a> {
    fn new(ids: &[&'a str], priorities: &Priorities) -> Self {
        StoredPrefs {
            version: VERSION,
            priorities: ids
                .iter()
                .enumerate()
                .map(|(i, id)| (*id, priorities.get(i)))
                .collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrefsProblem {
    /// Not JSON, not an object, or no version or priorities where they belong.
    Unreadable,
    /// Written by a newer version of the app; whatever matched was used.
    NewerVersion,
    /// A weight that is not a whole number from 0 to 10: the default was used.
    BadWeight { key: String },
    /// A criterion this version does not have: ignored (kept in the backup).
    UnknownCriterion { key: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// None when nothing usable was stored.
    pub priorities: Option<Priorities>,
    pub problems: Vec<PrefsProblem>,
}

impl Loaded {
    /// Whether the raw value holds anything this version could not use, and
    /// so must be backed up before it is replaced.
    pub fn needs_backup(&self) -> bool {
        !self.problems.is_empty()
    }
}

/// Reads a stored value. `ids` are the current criteria, in content order.
pub fn load(raw: &str, ids: &[&str]) -> Loaded {
    let unreadable = Loaded {
        priorities: None,
        problems: vec![PrefsProblem::Unreadable],
    };
    let Ok(Value::Object(stored)) = serde_json::from_str::<Value>(raw) else {
        return unreadable;
    };
    let Some(version) = stored.get("version").and_then(Value::as_u64) else {
        return unreadable;
    };
    let Some(Value::Object(saved)) = stored.get("priorities") else {
        return unreadable;
    };
    let mut problems = Vec::new();
    if version > VERSION {
        problems.push(PrefsProblem::NewerVersion);
    }
    // Version 1 is the first; an older version would be migrated here, one
    // step at a time, before the weights are read.
    let mut weights = vec![DEFAULT_WEIGHT; ids.len()];
    for (key, value) in saved {
        let Some(index) = ids.iter().position(|id| id == key) else {
            problems.push(PrefsProblem::UnknownCriterion { key: key.clone() });
            continue;
        };
        match value.as_u64() {
            Some(w) if w <= u64::from(MAX_WEIGHT) => weights[index] = w as u8,
            _ => problems.push(PrefsProblem::BadWeight { key: key.clone() }),
        }
    }
    Loaded {
        priorities: Some(Priorities::from_weights(weights)),
        problems,
    }
}

/// The backup key to use: [`BACKUP_KEY`], or the first numbered one after it
/// that is free or already holds this same raw value, so an earlier backup
/// is never overwritten. `stored` looks a key up.
pub fn backup_key(raw: &str, stored: impl Fn(&str) -> Option<String>) -> String {
    (1..)
        .map(|n| match n {
            1 => BACKUP_KEY.to_owned(),
            n => format!("{BACKUP_KEY}.{n}"),
        })
        .find(|key| stored(key).is_none_or(|existing| existing == raw))
        .unwrap_or_else(|| BACKUP_KEY.to_owned())
}

/// One short sentence about what could not be used, if anything, naming
/// the key the original was kept under.
pub fn describe(problems: &[PrefsProblem], backup_key: &str) -> Option<String> {
    let first = problems.first()?;
    let what = match first {
        PrefsProblem::Unreadable => "Your saved priorities could not be read, so the defaults are shown.",
        PrefsProblem::NewerVersion => {
            "Your saved priorities come from a newer version of this page; what matched was restored."
        }
        PrefsProblem::BadWeight { .. } | PrefsProblem::UnknownCriterion { .. } => {
            "Some of your saved priorities could not be used; the rest were restored."
        }
    };
    Some(format!(
        "{what} The original was kept in this browser's storage as “{backup_key}”."
    ))
}

/// Three-way merge of priorities for two tabs sharing one stored value:
/// criteria this tab changed since `base` (the last value it read or wrote)
/// keep this tab's weight; all others take the stored `theirs`. So a tab's
/// write never reverts a change it never saw.
pub fn merge(base: &Priorities, mine: &Priorities, theirs: &Priorities) -> Priorities {
    Priorities::from_weights((0..theirs.len()).map(|i| {
        if mine.get(i) != base.get(i) {
            mine.get(i)
        } else {
            theirs.get(i)
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const IDS: [&str; 3] = ["core", "security", "routing"];

    fn to_json(p: &Priorities) -> String {
        super::to_json(&IDS, p)
    }

    #[test]
    fn the_stored_form_is_readable_json_by_id() {
        let p = Priorities::from_weights([5, 9, 0]);
        assert_eq!(
            to_json(&p),
            r#"{"version":1,"priorities":{"core":5,"routing":0,"security":9}}"#
        );
    }

    #[test]
    fn a_clean_value_loads_without_problems() {
        let loaded = load(r#"{"version":1,"priorities":{"security":9}}"#, &IDS);
        assert_eq!(loaded.priorities, Some(Priorities::from_weights([5, 9, 5])));
        assert!(!loaded.needs_backup());
    }

    #[test]
    fn broken_values_load_as_nothing_and_ask_for_a_backup() {
        for raw in [
            "",
            "{",
            "null",
            "[1,2,3]",
            "\"text\"",
            r#"{"priorities":{"core":1}}"#,
            r#"{"version":"1","priorities":{}}"#,
            r#"{"version":1,"priorities":[5,5,5]}"#,
        ] {
            let loaded = load(raw, &IDS);
            assert_eq!(loaded.priorities, None, "{raw}");
            assert_eq!(loaded.problems, vec![PrefsProblem::Unreadable], "{raw}");
            assert!(loaded.needs_backup());
        }
    }

    #[test]
    fn bad_weights_and_unknown_criteria_keep_the_valid_part() {
        let raw =
            r#"{"version":1,"priorities":{"core":11,"security":7.5,"routing":2,"gone":4,"x":"9"}}"#;
        let loaded = load(raw, &IDS);
        assert_eq!(loaded.priorities, Some(Priorities::from_weights([5, 5, 2])));
        assert_eq!(
            loaded.problems,
            vec![
                PrefsProblem::BadWeight { key: "core".into() },
                PrefsProblem::UnknownCriterion { key: "gone".into() },
                PrefsProblem::BadWeight {
                    key: "security".into()
                },
                PrefsProblem::UnknownCriterion { key: "x".into() },
            ]
        );
        assert!(describe(&loaded.problems, BACKUP_KEY)
            .unwrap_or_default()
            .contains(BACKUP_KEY));
    }

    #[test]
    fn negative_weights_are_bad_weights() {
        let loaded = load(r#"{"version":1,"priorities":{"core":-1}}"#, &IDS);
        assert_eq!(loaded.priorities, Some(Priorities::defaults(3)));
        assert_eq!(
            loaded.problems,
            vec![PrefsProblem::BadWeight { key: "core".into() }]
        );
    }

    #[test]
    fn a_newer_version_keeps_what_matches_and_is_backed_up() {
        let raw = r#"{"version":7,"priorities":{"security":1},"theme":"dark"}"#;
        let loaded = load(raw, &IDS);
        assert_eq!(loaded.priorities, Some(Priorities::from_weights([5, 1, 5])));
        assert_eq!(loaded.problems, vec![PrefsProblem::NewerVersion]);
        assert!(loaded.needs_backup());
    }

    #[test]
    fn an_earlier_different_backup_is_never_overwritten() {
        let store = |taken: &'static [(&'static str, &'static str)]| {
            move |key: &str| {
                taken
                    .iter()
                    .find(|(k, _)| *k == key)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(backup_key("new", store(&[])), BACKUP_KEY);
        assert_eq!(backup_key("new", store(&[(BACKUP_KEY, "new")])), BACKUP_KEY);
        assert_eq!(
            backup_key(
                "new",
                store(&[(BACKUP_KEY, "old"), ("faceoff.prefs.backup.2", "older")])
            ),
            "faceoff.prefs.backup.3"
        );
    }

    #[test]
    fn merge_keeps_my_changes_and_takes_theirs_elsewhere() {
        let base = Priorities::from_weights([5, 5, 5]);
        let mine = Priorities::from_weights([9, 5, 5]);
        let theirs = Priorities::from_weights([5, 2, 5]);
        assert_eq!(
            merge(&base, &mine, &theirs),
            Priorities::from_weights([9, 2, 5])
        );
    }

    fn any_priorities() -> impl Strategy<Value = Priorities> {
        prop::collection::vec(0u8..=MAX_WEIGHT, IDS.len()).prop_map(Priorities::from_weights)
    }

    proptest! {
        #[test]
        fn what_is_saved_loads_back_unchanged(p in any_priorities()) {
            let loaded = load(&to_json(&p), &IDS);
            prop_assert_eq!(loaded.priorities, Some(p));
            prop_assert!(loaded.problems.is_empty());
        }

        #[test]
        fn merging_with_no_local_change_takes_theirs(base in any_priorities(), theirs in any_priorities()) {
            prop_assert_eq!(merge(&base, &base, &theirs), theirs);
        }

        #[test]
        fn merging_with_no_remote_change_keeps_mine(base in any_priorities(), mine in any_priorities()) {
            prop_assert_eq!(merge(&base, &mine, &base), mine);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]
        #[test]
        fn loading_never_panics_and_yields_valid_weights(raw in "\\PC{0,60}|\\{\"version\":[0-9-]{1,3},\"priorities\":\\{(\"(core|security|x)\":(-?[0-9.e]{1,5}|\"[a-z]{0,3}\"|null|\\[\\]),?){0,4}\\}\\}") {
            let loaded = load(&raw, &IDS);
            if let Some(p) = loaded.priorities {
                prop_assert_eq!(p.len(), IDS.len());
                prop_assert!(p.weights().iter().all(|&w| w <= MAX_WEIGHT));
            } else {
                prop_assert!(loaded.needs_backup());
            }
        }
    }
}
