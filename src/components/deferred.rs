use std::time::Duration;

use leptos::prelude::*;

/// Renders its children in a task of their own once the page above has been
/// painted: the first screen shows sooner and no single task runs long.
/// A fragment link (`#faq`) to something inside is followed once it exists.
#[component]
pub fn Deferred(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                shown.set(true);
                // Rendering happens after this task: look for the target in the next frame.
                request_animation_frame(follow_fragment);
            },
            Duration::ZERO,
        )
    });
    move || shown.get().then(|| children())
}

/// Scrolls to the element the address's fragment names, if there is one now.
fn follow_fragment() {
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else {
        return;
    };
    if let Some(target) = document().get_element_by_id(id) {
        target.scroll_into_view();
    }
}
