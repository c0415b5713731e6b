//! Entry point for the browser: install the panic hook, mount the app.

use std::time::Duration;

fn main() {
    console_error_panic_hook::set_once();
    // Rendering waits for a task of its own: the one running `main` has
    // just compiled and instantiated the wasm, and the two together would
    // hold the page for longer than a frame budget allows.
    leptos::prelude::set_timeout(mount, Duration::ZERO);
}

fn mount() {
    leptos::mount::mount_to_body(faceoff::App);
    // The page's static "Loading" line (index.html) has done its job.
    if let Some(loading) = leptos::prelude::document().get_element_by_id("loading") {
        loading.remove();
    }
}
