//! Work that should wait until the page has been painted.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `action` in a task of its own right after the next frame is painted:
/// the frame callback runs just before painting, the timeout just after.
/// Off the browser (the build's prerender) nothing is painted: it never runs.
pub fn after_next_paint(action: impl FnOnce() + 'static) {
    if super::window().is_none() {
        return;
    }
    request_animation_frame(move || set_timeout(action, Duration::ZERO));
}
