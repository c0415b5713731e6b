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
    // The page's static stand-ins (index.html) have done their job; in the
    // same task, so no frame shows both the prerendered screen and the app.
    let document = leptos::prelude::document();
    for id in ["first-screen", "loading"] {
        if let Some(stand_in) = document.get_element_by_id(id) {
            stand_in.remove();
        }
    }
}
