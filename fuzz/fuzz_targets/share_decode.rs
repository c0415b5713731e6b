//! Any query string: decoding never panics or yields a value out of range,
//! and what it decodes is encoded into a link that decodes the same, cleanly.
#![no_main]

use faceoff::domain::priorities::MAX_WEIGHT;
use faceoff::domain::share::{decode, encode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|query: &str| {
    let ids = faceoff_fuzz::ids();
    let decoded = decode(query, ids);
    assert!(decoded.overrides.iter().all(|(_, _, score)| score <= 10));
    let Some(priorities) = decoded.priorities else {
        return;
    };
    assert!(priorities.weights().iter().all(|&w| w <= MAX_WEIGHT));
    let again = decode(&encode(ids, &priorities, &decoded.overrides), ids);
    assert_eq!(again.priorities.as_ref(), Some(&priorities));
    assert_eq!(again.overrides, decoded.overrides);
    assert!(again.problems.is_empty());
});
