//! Any stored string: reading it never panics or yields a value out of
//! range, and what it reads completely is written back and read unchanged.
#![no_main]

use faceoff::domain::prefs::{load, to_json};
use faceoff::domain::priorities::MAX_WEIGHT;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|raw: &str| {
    let ids = faceoff_fuzz::ids();
    let loaded = load(raw, ids);
    let Some(choices) = loaded.choices else {
        assert!(loaded.needs_backup());
        return;
    };
    assert_eq!(choices.priorities.weights().len(), ids.criteria.len());
    assert!(choices.priorities.weights().iter().all(|&w| w <= MAX_WEIGHT));
    assert!(choices.overrides.iter().all(|(_, _, score)| score <= 10));
    if loaded.problems.is_empty() {
        let again = load(&to_json(ids, &choices, loaded.after), ids);
        assert_eq!(again.choices.as_ref(), Some(&choices));
        assert!(again.problems.is_empty());
    }
});
