//! The timers for the rate limits in `domain::rate_limit`: the state
//! machines decide when an action runs; this sets the timers they ask for
//! and runs the action.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::set_timeout_with_handle;

use crate::domain::rate_limit::{Debounce, Next, RateLimit, Throttle};

/// An action run at the pace a rate limit sets.
pub struct RateLimited<L> {
    limit: Rc<RefCell<L>>,
    action: Rc<dyn Fn()>,
}

impl<L> Clone for RateLimited<L> {
    fn clone(&self) -> Self {
        RateLimited {
            limit: self.limit.clone(),
            action: self.action.clone(),
        }
    }
}

/// Runs once things have been quiet for the delay (storage writes).
pub type Debounced = RateLimited<Debounce>;
/// Runs at once, then at most once per interval (the address bar).
pub type Throttled = RateLimited<Throttle>;

impl Debounced {
    pub fn new(delay: Duration, action: impl Fn() + 'static) -> Self {
        RateLimited::with_limit(Debounce::new(millis(delay)), action)
    }
}

impl Throttled {
    pub fn new(interval: Duration, action: impl Fn() + 'static) -> Self {
        RateLimited::with_limit(Throttle::new(millis(interval)), action)
    }
}

impl<L: RateLimit + 'static> RateLimited<L> {
    fn with_limit(limit: L, action: impl Fn() + 'static) -> Self {
        RateLimited {
            limit: Rc::new(RefCell::new(limit)),
            action: Rc::new(action),
        }
    }

    /// A change to write.
    pub fn schedule(&self) {
        let next = self.limit.borrow_mut().change(now());
        self.follow(next);
    }

    /// Runs a pending action now (the page is going away).
    pub fn flush(&self) {
        let next = self.limit.borrow_mut().flush();
        self.follow(next);
    }

    fn follow(&self, next: Next) {
        if let Some(at) = next.wake_at {
            let this = self.clone();
            let delay = Duration::from_millis(at.saturating_sub(now()));
            let woken = move || {
                let next = this.limit.borrow_mut().wake(now());
                this.follow(next);
            };
            if set_timeout_with_handle(woken, delay).is_err() {
                // No timer to be had: never lose the change, write it now.
                (self.action)();
            }
        }
        if next.run {
            (self.action)();
        }
    }
}

fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}

/// Whole milliseconds on the page's clock.
fn now() -> u64 {
    super::now_ms() as u64
}
