//! Entry point for the browser: install the panic hook, start the app on
//! the prerendered page.

use std::time::Duration;

fn main() {
    console_error_panic_hook::set_once();
    // The app starts in a task of its own: the one running `main` has just
    // compiled and instantiated the wasm, and the two together would hold
    // the page for longer than a frame budget allows.
    leptos::prelude::set_timeout(faceoff::start, Duration::ZERO);
}
