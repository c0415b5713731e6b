//! Views whose code is a wasm part of its own, fetched the first time they
//! are shown (see docs/architecture.md, "Code loaded on demand"). A split
//! point is a function marked `#[wasm_split(<part>, …, fallible)]` that
//! returns `Result<AnyView, PartMissing>`; `on_demand` draws it.

use std::future::Future;

use leptos::prelude::*;

/// A part's code could not be fetched: offline before it was ever cached,
/// or a newer release replaced it on the server.
pub struct PartMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        Self
    }
}

/// Asks for a part again, from scratch (a failed fetch is not remembered).
#[derive(Clone, Copy)]
pub struct Retry(RwSignal<u32>);

impl Retry {
    pub fn run(self) {
        self.0.update(|n| *n += 1);
    }
}

/// What replaces a part that could not be fetched: one sentence.
pub fn missing_sentence(what: &str) -> String {
    format!("{what} could not be loaded. Check the connection, then try again; reloading the page also helps.")
}

/// The build's prerender: a split point is plain code off the browser, so
/// its view is ready at once and drawn in place (for reading without
/// JavaScript).
#[cfg(not(target_family = "wasm"))]
pub fn on_demand<F, V>(load: fn() -> F, _drawn: fn(), _missing: fn(Retry) -> V) -> impl IntoView
where
    F: Future<Output = Result<AnyView, PartMissing>> + 'static,
    V: IntoView + 'static,
{
    use std::task::{Context, Poll, Waker};
    let mut part = std::pin::pin!(load());
    match part.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(view)) => Some(view),
        Poll::Ready(Err(_)) | Poll::Pending => None,
    }
}

/// Draws what `load` gives once its part has arrived, then runs `drawn`
/// (which may move focus there); `missing` is shown instead when the part
/// cannot be fetched.
#[cfg(target_family = "wasm")]
pub fn on_demand<F, V>(load: fn() -> F, drawn: fn(), missing: fn(Retry) -> V) -> impl IntoView
where
    F: Future<Output = Result<AnyView, PartMissing>> + 'static,
    V: IntoView + 'static,
{
    let attempt = RwSignal::new(0_u32);
    // A view cannot be copied: the one that arrives is taken out to be drawn.
    let arrived = RwSignal::new_local(None::<AnyView>);
    Effect::new(move || {
        attempt.track();
        // The part is drawn under this owner, so its components find the
        // app's state, but observed by nothing here: what it reads must not
        // fetch it again.
        untrack(|| {
            leptos::task::spawn_local_scoped(async move {
                let part = load().await;
                arrived.set(Some(
                    part.unwrap_or_else(|_| missing(Retry(attempt)).into_any()),
                ));
                drawn();
            })
        });
    });
    move || {
        arrived.track();
        arrived.try_update_untracked(Option::take).flatten()
    }
}
