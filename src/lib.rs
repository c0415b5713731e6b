//! An interactive comparison of two frameworks (the content names them)
//! that turns the user's priorities into a recommendation.
//!
//! - `domain`: plain-Rust logic (scoring, wording), tested natively;
//! - `content`: the comparison itself, as validated data;
//! - `state` and `components`: the thin Leptos layer on top.

// Leptos views are deeply nested types: the team view's is past the
// compiler's default depth when it lays out their async forms.
#![recursion_limit = "256"]

pub mod content;
pub mod domain;

mod browser;
mod components;
mod state;

#[cfg(not(target_family = "wasm"))]
pub mod prerender;

pub use components::app::start;
