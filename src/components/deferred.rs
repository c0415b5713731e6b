use std::time::Duration;

use leptos::prelude::*;

use crate::browser::paint::after_next_paint;

/// How far the page has been rendered (see `domain::render_plan`).
#[derive(Clone, Copy)]
pub struct RenderStage(ReadSignal<u8>);

impl RenderStage {
    /// Starts rendering the later stages, one task each, once the first
    /// screen has been painted; then follows a fragment link (`#faq`), whose
    /// target exists only now.
    pub fn provide(last: u8) {
        let (stage, set_stage) = signal(0_u8);
        provide_context(RenderStage(stage));
        after_next_paint(move || advance(set_stage, 1, last));
    }

    /// Whether `stage` has been reached, changing once: a memo, so what it
    /// guards is not rebuilt as later stages arrive.
    pub fn reached(stage: u8) -> Memo<bool> {
        let RenderStage(current) = expect_context();
        Memo::new(move |_| current.get() >= stage)
    }

    pub fn current() -> ReadSignal<u8> {
        let RenderStage(current) = expect_context();
        current
    }
}

/// Reaches `stage`, then the next one in a task of its own, up to `last`.
fn advance(set_stage: WriteSignal<u8>, stage: u8, last: u8) {
    set_stage.set(stage);
    if stage < last {
        set_timeout(move || advance(set_stage, stage + 1, last), Duration::ZERO);
    } else {
        // Rendering happens after this task: look for the target in the next frame.
        request_animation_frame(follow_fragment);
    }
}

/// Renders its children in the given stage's task, into a wrapper that
/// does not take part in the layout. Built once and mounted by hand, not
/// through a reactive closure: that would also compile code to rebuild every
/// element inside, which is never needed (13 KB of gzipped wasm on this page).
#[component]
pub fn Deferred<V: IntoView + 'static>(stage: u8, children: TypedChildrenFn<V>) -> impl IntoView {
    let reached = RenderStage::reached(stage);
    let slot = NodeRef::<leptos::html::Div>::new();
    let children = children.into_inner();
    // Children are built under this component's owner: they see its context
    // and are cleaned up with it.
    let owner = Owner::current();
    let mounted = StoredValue::new_local(None);
    Effect::new(move |_| {
        let (Some(parent), Some(owner)) = (slot.get(), owner.as_ref()) else {
            return;
        };
        if reached.get() && mounted.with_value(Option::is_none) {
            let mut view = owner.with(|| children().build());
            view.mount(&parent, None);
            mounted.set_value(Some(view));
        }
    });
    view! { <div class="deferred" node_ref=slot></div> }
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
