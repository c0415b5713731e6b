//! Work that should wait until the page has been painted.

use std::time::Duration;

use leptos::prelude::{request_animation_frame, set_timeout};

/// Runs `action` in a task of its own right after the next frame is painted:
/// the frame callback runs just before painting, the timeout just after.
pub fn after_next_paint(action: impl FnOnce() + 'static) {
    request_animation_frame(move || set_timeout(action, Duration::ZERO));
}
