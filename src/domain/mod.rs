//! Everything that decides something, in plain Rust: no leptos, no web-sys.
//! Tested natively with `cargo test`.

pub mod card_order;
pub mod comparison;
#[cfg(not(target_family = "wasm"))]
pub mod content_check;
pub mod explain;
pub mod guide;
pub mod insight;
pub mod opening;
pub mod overrides;
pub mod overwrite;
pub mod prefs;
pub mod priorities;
pub mod prose;
pub mod questionnaire;
pub mod rate_limit;
pub mod record;
pub mod render_plan;
pub mod scoring;
pub mod share;
pub mod small_sort;
pub mod strict_json;
pub mod team;
pub mod theme;

#[cfg(test)]
pub(crate) mod test_support;
