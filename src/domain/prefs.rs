//! Saved preferences: the value kept in localStorage, its versions, and how
//! a stored value (old, broken, hand-edited or from a newer app) is read back.
//!
//! Version 2, under [`STORAGE_KEY`]:
//! `{"version":2,"priorities":{"core":5,...},"scores":{"security":{"django":7}}}`:
//! weights by criterion id, and the user's own scores by criterion and
//! framework id. Version 1 had no `scores`; it is migrated on reading.
//! Reading never fails: it keeps every valid value and reports everything
//! else it could not use (a bad value, an unknown or repeated key, a newer
//! version), so that a value with any problem is backed up before it is
//! replaced (see `overwrite`).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use super::strict_json;

use super::comparison::Side;
use super::opening::Choices;
use super::overrides::Overrides;
use super::priorities::{Priorities, DEFAULT_WEIGHT, MAX_WEIGHT};
use super::share::Ids;

pub const STORAGE_KEY: &str = "faceoff.prefs";
/// Where a stored value that could not be fully used is kept, untouched.
pub const BACKUP_KEY: &str = "faceoff.prefs.backup";
pub const VERSION: u64 = 2;
/// The most that is read from storage: a value over it is backed up, not
/// parsed. The stored form of this version is under 1 KB; a newer one would
/// have to grow sixty-fold to reach this.
pub const MAX_STORED_LEN: usize = 64 * 1024;
/// The top-level keys of the stored form; any other is reported.
const KNOWN_KEYS: [&str; 4] = ["version", "priorities", "scores", "after"];

/// The stored JSON for these choices, in the current version. `after` is
/// the [`fingerprint`] of the stored value they were merged onto, if known.
pub fn to_json(ids: Ids, choices: &Choices, after: Option<u32>) -> String {
    let mut stored = StoredPrefs::new(ids, &choices.priorities, &choices.overrides);
    stored.after = after;
    serde_json::to_string(&stored).unwrap_or_else(|_| String::from("{}"))
}

/// A short digest of choices (FNV-1a of their stored form), so another tab
/// can tell which stored value a write was based on.
pub fn fingerprint(ids: Ids, choices: &Choices) -> u32 {
    to_json(ids, choices, None)
        .bytes()
        .fold(0x811c_9dc5_u32, |hash, byte| {
            (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
        })
}

/// The stored form of the current version.
#[derive(Serialize, Debug)]
struct StoredPrefs<'a> {
    version: u64,
    priorities: BTreeMap<&'a str, u8>,
    scores: BTreeMap<&'a str, BTreeMap<&'a str, u8>>,
    /// Added within version 2, ignored by apps that do not know it.
    #[serde(skip_serializing_if = "Option::is_none")]
    after: Option<u32>,
}

impl<'a> StoredPrefs<'a> {
    fn new(ids: Ids<'a>, priorities: &Priorities, overrides: &Overrides) -> Self {
        // Filled by insertion, not `collect`: collecting into a map sorts
        // with the standard library's stable sort, 3 KB of wasm for 13 keys.
        let mut by_criterion = BTreeMap::new();
        for (i, id) in ids.criteria.iter().enumerate() {
            by_criterion.insert(*id, priorities.get(i));
        }
        let mut scores: BTreeMap<&str, BTreeMap<&str, u8>> = BTreeMap::new();
        for (i, side, score) in overrides.iter() {
            scores
                .entry(ids.criteria[i])
                .or_default()
                .insert(ids.frameworks[side.index()], score);
        }
        StoredPrefs {
            after: None,
            version: VERSION,
            priorities: by_criterion,
            scores,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PrefsProblem {
    /// Not JSON, not an object, or no version or priorities where they belong.
    Unreadable,
    /// Longer than [`MAX_STORED_LEN`]: not read at all.
    TooLarge,
    /// A key given twice in one object: only the last one was used.
    Repeated { key: String },
    /// A weight or score that is not a whole number from 0 to 10: ours was used.
    BadValue { key: String },
    /// A criterion or framework this version does not have: ignored (kept in the backup).
    Unknown { key: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// None when nothing usable was stored.
    pub choices: Option<Choices>,
    pub problems: Vec<PrefsProblem>,
    /// Written by a newer version of the app: whatever matched was used,
    /// and the value must never be written over.
    pub newer: bool,
    /// The fingerprint of the value this one was merged onto, if stored.
    pub after: Option<u32>,
}

impl Loaded {
    /// Whether the raw value holds anything this version could not use (or,
    /// being newer, may hold what it does not know), and so must not be
    /// replaced without a backup.
    pub fn needs_backup(&self) -> bool {
        self.newer || !self.problems.is_empty()
    }
}

/// Upgrades a stored object to the current version, one step at a time.
fn migrate(version: u64, mut stored: Map<String, Value>) -> Map<String, Value> {
    if version < 2 {
        // Version 2 added the user's own scores; a version-1 app wrote none,
        // but scores someone put there anyway are read, not replaced.
        stored
            .entry("scores")
            .or_insert_with(|| Value::Object(Map::new()));
    }
    stored
}

/// The stored version: a whole number from 1, or newer than any u64 can
/// hold (which is still a newer version, not an unreadable value).
enum StoredVersion {
    Known(u64),
    BeyondU64,
}

fn stored_version(value: Option<&Value>) -> Option<StoredVersion> {
    let number = value?.as_number()?;
    match number.as_u64() {
        Some(0) => None,
        Some(version) => Some(StoredVersion::Known(version)),
        None => number
            .as_f64()
            .filter(|&v| v >= u64::MAX as f64)
            .map(|_| StoredVersion::BeyondU64),
    }
}

/// A whole number from 0 to 10, as stored.
fn small_number(value: &Value) -> Option<u8> {
    value
        .as_u64()
        .filter(|&n| n <= u64::from(MAX_WEIGHT))
        .map(|n| n as u8)
}

/// Reads a stored value, given the current ids.
pub fn load(raw: &str, ids: Ids) -> Loaded {
    let count = ids.criteria.len();
    let nothing = |problem| Loaded {
        choices: None,
        problems: vec![problem],
        newer: false,
        after: None,
    };
    if raw.len() > MAX_STORED_LEN {
        return nothing(PrefsProblem::TooLarge);
    }
    let Some((Value::Object(stored), repeated)) = strict_json::parse(raw) else {
        return nothing(PrefsProblem::Unreadable);
    };
    let mut problems: Vec<PrefsProblem> = repeated
        .into_iter()
        .map(|key| PrefsProblem::Repeated { key })
        .collect();
    let version = match stored_version(stored.get("version")) {
        None => return nothing(PrefsProblem::Unreadable),
        Some(StoredVersion::BeyondU64) => u64::MAX,
        Some(StoredVersion::Known(version)) => version,
    };
    let stored = migrate(version, stored);
    let Some(Value::Object(saved)) = stored.get("priorities") else {
        return nothing(PrefsProblem::Unreadable);
    };
    for key in stored.keys().filter(|k| !KNOWN_KEYS.contains(&k.as_str())) {
        problems.push(PrefsProblem::Unknown { key: key.clone() });
    }
    let mut weights = vec![DEFAULT_WEIGHT; count];
    for (key, value) in saved {
        let Some(index) = ids.criteria.iter().position(|id| id == key) else {
            problems.push(PrefsProblem::Unknown { key: key.clone() });
            continue;
        };
        match small_number(value) {
            Some(w) => weights[index] = w,
            None => problems.push(PrefsProblem::BadValue { key: key.clone() }),
        }
    }
    let mut overrides = Overrides::none(count);
    match stored.get("scores") {
        Some(Value::Object(scores)) => {
            for (criterion, by_framework) in scores {
                let index = ids.criteria.iter().position(|id| id == criterion);
                let (Some(index), Value::Object(by_framework)) = (index, by_framework) else {
                    problems.push(PrefsProblem::Unknown {
                        key: criterion.clone(),
                    });
                    continue;
                };
                for (framework, value) in by_framework {
                    let key = format!("{framework}.{criterion}");
                    let side = Side::BOTH
                        .into_iter()
                        .find(|s| ids.frameworks[s.index()] == framework);
                    match (side, small_number(value)) {
                        (Some(side), Some(score)) => overrides.insert(index, side, score),
                        (None, _) => problems.push(PrefsProblem::Unknown { key }),
                        (_, None) => problems.push(PrefsProblem::BadValue { key }),
                    }
                }
            }
        }
        _ => problems.push(PrefsProblem::BadValue {
            key: "scores".into(),
        }),
    }
    let after = stored
        .get("after")
        .map(|value| value.as_u64().and_then(|n| u32::try_from(n).ok()).ok_or(()));
    if let Some(Err(())) = after {
        problems.push(PrefsProblem::BadValue {
            key: "after".into(),
        });
    }
    Loaded {
        choices: Some(Choices {
            priorities: Priorities::from_weights(weights),
            overrides,
        }),
        problems,
        newer: version > VERSION,
        after: after.and_then(Result::ok),
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
        PrefsProblem::Unreadable | PrefsProblem::TooLarge => {
            "Your saved priorities could not be read, so the defaults are shown."
        }
        PrefsProblem::BadValue { .. }
        | PrefsProblem::Unknown { .. }
        | PrefsProblem::Repeated { .. } => {
            "Some of your saved priorities could not be used; the rest were restored."
        }
    };
    Some(format!(
        "{what} The original was kept in this browser's storage as “{backup_key}”."
    ))
}

/// Three-way merge for two tabs sharing one stored value: values this tab
/// changed since `base` (the last value it read or wrote) keep this tab's
/// value; all others take the stored `theirs`. So a tab's write never
/// reverts a change it never saw.
fn three_way<T: Copy + PartialEq>(base: &[T], mine: &[T], theirs: &[T]) -> Vec<T> {
    theirs
        .iter()
        .enumerate()
        .map(|(i, t)| match (base.get(i), mine.get(i)) {
            (Some(b), Some(m)) if m != b => *m,
            _ => *t,
        })
        .collect()
}

pub fn merge(base: &Choices, mine: &Choices, theirs: &Choices) -> Choices {
    let (b, m, t) = (base, mine, theirs);
    Choices {
        priorities: Priorities::from_weights(three_way(
            b.priorities.weights(),
            m.priorities.weights(),
            t.priorities.weights(),
        )),
        overrides: Overrides::from_pairs(three_way(
            b.overrides.pairs(),
            m.overrides.pairs(),
            t.overrides.pairs(),
        )),
    }
}

/// This tab's last write: the stored value it was merged onto, and what it wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LastWrite {
    pub over: Choices,
    pub wrote: Choices,
}

/// Merges a value another tab stored (`theirs`, based on the stored value
/// whose fingerprint is `their_after`) into this tab's choices (`mine`;
/// `base` is the stored value this tab last read or wrote).
///
/// Two tabs can write at nearly the same moment, each before it has seen
/// the other's value: then both writes are based on the same earlier value,
/// and that common ancestor, not our own write, is the base of the merge, so
/// neither tab's change is taken for the other undoing it. The returned flag
/// says the merged value must be stored, for the other tab to get our change.
pub fn merge_incoming(
    ids: Ids,
    base: &Choices,
    mine: &Choices,
    theirs: &Choices,
    their_after: Option<u32>,
    last: Option<&LastWrite>,
) -> (Choices, bool) {
    let ancestor = last.filter(|last| {
        last.over != last.wrote && their_after == Some(fingerprint(ids, &last.over))
    });
    match ancestor {
        Some(last) => {
            let merged = merge(&last.over, mine, theirs);
            let resave = merged != *theirs;
            (merged, resave)
        }
        None => (merge(base, mine, theirs), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const IDS: Ids = Ids {
        criteria: &["core", "security", "routing"],
        frameworks: ["django", "flask"],
    };

    fn choices(weights: [u8; 3]) -> Choices {
        Choices {
            priorities: Priorities::from_weights(weights),
            overrides: Overrides::none(3),
        }
    }

    fn weights(loaded: &Loaded) -> Option<Vec<u8>> {
        loaded
            .choices
            .as_ref()
            .map(|c| c.priorities.weights().to_vec())
    }

    #[test]
    fn the_stored_form_is_readable_json_by_id() {
        let mut c = choices([5, 9, 0]);
        c.overrides.insert(1, Side::Second, 8);
        assert_eq!(
            to_json(IDS, &c, None),
            r#"{"version":2,"priorities":{"core":5,"routing":0,"security":9},"scores":{"security":{"flask":8}}}"#
        );
    }

    #[test]
    fn a_version_1_value_is_migrated_without_complaint() {
        let loaded = load(r#"{"version":1,"priorities":{"security":9}}"#, IDS);
        assert_eq!(loaded.choices, Some(choices([5, 9, 5])));
        assert!(!loaded.needs_backup());
    }

    #[test]
    fn a_version_2_value_brings_back_the_users_scores() {
        let raw =
            r#"{"version":2,"priorities":{"routing":1},"scores":{"core":{"django":3,"flask":10}}}"#;
        let mut expected = choices([5, 5, 1]);
        expected.overrides.insert(0, Side::First, 3);
        expected.overrides.insert(0, Side::Second, 10);
        let loaded = load(raw, IDS);
        assert_eq!(loaded.choices, Some(expected));
        assert!(loaded.problems.is_empty());
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
            r#"{"version":0,"priorities":{}}"#,
            r#"{"version":1,"priorities":[5,5,5]}"#,
        ] {
            let loaded = load(raw, IDS);
            assert_eq!(loaded.choices, None, "{raw}");
            assert_eq!(loaded.problems, vec![PrefsProblem::Unreadable], "{raw}");
            assert!(loaded.needs_backup());
        }
    }

    #[test]
    fn bad_values_and_unknown_names_keep_the_valid_part() {
        let raw = r#"{"version":2,"priorities":{"core":11,"security":7.5,"routing":2,"gone":4},
            "scores":{"core":{"django":2,"pyramid":4,"flask":-1},"gone":{"django":1},"routing":7}}"#;
        let loaded = load(raw, IDS);
        let mut expected = choices([5, 5, 2]);
        expected.overrides.insert(0, Side::First, 2);
        assert_eq!(loaded.choices, Some(expected));
        assert_eq!(
            loaded.problems,
            vec![
                PrefsProblem::BadValue { key: "core".into() },
                PrefsProblem::Unknown { key: "gone".into() },
                PrefsProblem::BadValue {
                    key: "security".into()
                },
                PrefsProblem::BadValue {
                    key: "flask.core".into()
                },
                PrefsProblem::Unknown {
                    key: "pyramid.core".into()
                },
                PrefsProblem::Unknown { key: "gone".into() },
                PrefsProblem::Unknown {
                    key: "routing".into()
                },
            ]
        );
        assert!(describe(&loaded.problems, BACKUP_KEY)
            .unwrap_or_default()
            .contains(BACKUP_KEY));
    }

    #[test]
    fn the_base_of_a_write_is_stored_and_read_back() {
        let c = choices([1, 2, 3]);
        let raw = to_json(IDS, &c, Some(fingerprint(IDS, &choices([5, 5, 5]))));
        let loaded = load(&raw, IDS);
        assert_eq!(loaded.choices, Some(c));
        assert_eq!(loaded.after, Some(fingerprint(IDS, &choices([5, 5, 5]))));
        assert!(loaded.problems.is_empty());
        assert_ne!(
            fingerprint(IDS, &choices([1, 2, 3])),
            fingerprint(IDS, &choices([1, 2, 4]))
        );
    }

    #[test]
    fn two_tabs_writing_at_once_keep_both_changes() {
        // Both tabs start from the same stored value and write before either
        // sees the other's: A raised security, B lowered routing.
        let ancestor = choices([5, 5, 5]);
        let a_wrote = choices([5, 9, 5]);
        let b_wrote = choices([5, 5, 1]);
        let last = LastWrite {
            over: ancestor.clone(),
            wrote: a_wrote.clone(),
        };
        let (merged, resave) = merge_incoming(
            IDS,
            &a_wrote,
            &a_wrote,
            &b_wrote,
            Some(fingerprint(IDS, &ancestor)),
            Some(&last),
        );
        assert_eq!(merged, choices([5, 9, 1]));
        assert!(resave, "B must learn A's change");
        // A plain merge from A's own write would have lost it.
        assert_eq!(merge(&a_wrote, &a_wrote, &b_wrote), choices([5, 5, 1]));
    }

    #[test]
    fn a_tab_that_saw_our_write_may_undo_it() {
        let ancestor = choices([5, 5, 5]);
        let a_wrote = choices([5, 9, 5]);
        let last = LastWrite {
            over: ancestor,
            wrote: a_wrote.clone(),
        };
        // B read A's value, then set security back to 5 on purpose.
        let b_wrote = choices([5, 5, 5]);
        let (merged, resave) = merge_incoming(
            IDS,
            &a_wrote,
            &a_wrote,
            &b_wrote,
            Some(fingerprint(IDS, &a_wrote)),
            Some(&last),
        );
        assert_eq!(merged, b_wrote);
        assert!(!resave);
        // A value from an app that does not record its base: a plain merge.
        let (merged, resave) = merge_incoming(IDS, &a_wrote, &a_wrote, &b_wrote, None, Some(&last));
        assert_eq!((merged, resave), (b_wrote, false));
    }

    #[test]
    fn a_newer_version_keeps_what_matches_and_reports_the_rest() {
        let raw = r#"{"version":7,"priorities":{"security":1},"scores":{},"theme":"dark"}"#;
        let loaded = load(raw, IDS);
        assert_eq!(weights(&loaded), Some(vec![5, 1, 5]));
        assert!(loaded.newer);
        assert_eq!(
            loaded.problems,
            vec![PrefsProblem::Unknown {
                key: "theme".into()
            }]
        );
        // Newer than any u64: still a newer version, not an unreadable value.
        let far = load(
            r#"{"version":99999999999999999999999,"priorities":{},"scores":{}}"#,
            IDS,
        );
        assert!(far.newer && far.needs_backup());
        assert_eq!(far.problems, vec![]);
    }

    #[test]
    fn every_part_that_cannot_be_used_is_reported() {
        for (raw, problem) in [
            (
                r#"{"version":2,"priorities":{"core":1,"core":9},"scores":{}}"#,
                PrefsProblem::Repeated { key: "core".into() },
            ),
            (
                r#"{"version":9,"version":1,"priorities":{},"scores":{}}"#,
                PrefsProblem::Repeated {
                    key: "version".into(),
                },
            ),
            (
                r#"{"version":2,"priorities":{},"scores":{},"theme":"dark"}"#,
                PrefsProblem::Unknown {
                    key: "theme".into(),
                },
            ),
            (
                r#"{"version":2,"priorities":{},"scores":{},"after":"x"}"#,
                PrefsProblem::BadValue {
                    key: "after".into(),
                },
            ),
        ] {
            assert!(load(raw, IDS).problems.contains(&problem), "{raw}");
        }
        let scores = r#"{"version":1,"priorities":{},"scores":{"core":{"django":3}}}"#;
        let mut expected = choices([5, 5, 5]);
        expected.overrides.insert(0, Side::First, 3);
        assert_eq!(load(scores, IDS).choices, Some(expected));
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
        let base = choices([5, 5, 5]);
        let mut mine = choices([9, 5, 5]);
        mine.overrides.insert(2, Side::First, 1);
        let mut theirs = choices([5, 2, 5]);
        theirs.overrides.insert(0, Side::Second, 4);
        let mut expected = choices([9, 2, 5]);
        expected.overrides.insert(0, Side::Second, 4);
        expected.overrides.insert(2, Side::First, 1);
        assert_eq!(merge(&base, &mine, &theirs), expected);
    }

    fn any_choices() -> impl Strategy<Value = Choices> {
        (
            prop::collection::vec(0u8..=MAX_WEIGHT, 3),
            prop::collection::vec([prop::option::of(0u8..=10), prop::option::of(0u8..=10)], 3),
        )
            .prop_map(|(w, o)| Choices {
                priorities: Priorities::from_weights(w),
                overrides: Overrides::from_pairs(o),
            })
    }

    proptest! {
        #[test]
        fn what_is_saved_loads_back_unchanged(c in any_choices()) {
            let loaded = load(&to_json(IDS, &c, None), IDS);
            prop_assert_eq!(loaded.choices, Some(c));
            prop_assert!(loaded.problems.is_empty());
        }

        #[test]
        fn merging_with_no_local_change_takes_theirs(base in any_choices(), theirs in any_choices()) {
            prop_assert_eq!(merge(&base, &base, &theirs), theirs);
        }

        #[test]
        fn merging_with_no_remote_change_keeps_mine(base in any_choices(), mine in any_choices()) {
            prop_assert_eq!(merge(&base, &mine, &base), mine);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100_000))]
        #[test]
        fn loading_never_panics_and_yields_valid_values(raw in "\\PC{0,60}|\\{\"version\":[0-9-]{1,3},\"priorities\":\\{(\"(core|security|x)\":(-?[0-9.e]{1,5}|\"[a-z]{0,3}\"|null|\\[\\]),?){0,4}\\}(,\"scores\":\\{(\"(core|x)\":\\{\"(django|x)\":-?[0-9]{1,3}\\},?){0,2}\\})?\\}") {
            let loaded = load(&raw, IDS);
            if let Some(c) = loaded.choices {
                prop_assert_eq!(c.priorities.len(), IDS.criteria.len());
                prop_assert!(c.priorities.weights().iter().all(|&w| w <= MAX_WEIGHT));
                prop_assert!(c.overrides.iter().all(|(_, _, s)| s <= 10));
            } else {
                prop_assert!(loaded.needs_backup());
            }
        }
    }
}
