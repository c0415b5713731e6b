//! Rate limits for writes to the outside world.
//!
//! [`Debounced`] runs an action once things have been quiet for a while
//! (storage writes); [`Throttled`] runs it at once, then at most once per
//! interval while changes keep coming (the address bar, which browsers
//! throttle themselves). Both run a pending action at once on `flush`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::{set_timeout_with_handle, TimeoutHandle};

/// A pending timer, and the action it will run.
#[derive(Clone)]
struct Timer {
    action: Rc<dyn Fn()>,
    delay: Duration,
    pending: Rc<RefCell<Option<TimeoutHandle>>>,
}

impl Timer {
    fn new(delay: Duration, action: impl Fn() + 'static) -> Self {
        Timer {
            action: Rc::new(action),
            delay,
            pending: Rc::default(),
        }
    }

    fn is_pending(&self) -> bool {
        self.pending.borrow().is_some()
    }

    /// Starts the timer anew; `then` runs when it ends.
    fn start(&self, then: impl FnOnce() + 'static) {
        self.stop();
        let pending = self.pending.clone();
        match set_timeout_with_handle(
            move || {
                pending.borrow_mut().take();
                then();
            },
            self.delay,
        ) {
            Ok(handle) => *self.pending.borrow_mut() = Some(handle),
            // No timer available: don't lose the change, run it now.
            Err(_) => (self.action)(),
        }
    }

    /// Stops the timer; true if it was running.
    fn stop(&self) -> bool {
        match self.pending.borrow_mut().take() {
            Some(handle) => {
                handle.clear();
                true
            }
            None => false,
        }
    }

    fn run(&self) {
        (self.action)();
    }
}

/// A change during a quiet period only marks it: when the period ends it
/// starts once more, instead of a timer being cleared and set again on every
/// slider step. The action runs one to two periods after the last change.
#[derive(Clone)]
pub struct Debounced {
    timer: Timer,
    /// A change came in during the current quiet period.
    dirty: Rc<Cell<bool>>,
}

impl Debounced {
    pub fn new(delay: Duration, action: impl Fn() + 'static) -> Self {
        Debounced {
            timer: Timer::new(delay, action),
            dirty: Rc::default(),
        }
    }

    /// Starts a quiet period, or extends the current one; the action runs
    /// when it ends.
    pub fn schedule(&self) {
        if self.timer.is_pending() {
            self.dirty.set(true);
        } else {
            self.wait();
        }
    }

    fn wait(&self) {
        let this = self.clone();
        self.timer.start(move || {
            if this.dirty.replace(false) {
                this.wait();
            } else {
                this.timer.run();
            }
        });
    }

    /// Runs a pending action now.
    pub fn flush(&self) {
        self.dirty.set(false);
        if self.timer.stop() {
            self.timer.run();
        }
    }
}

#[derive(Clone)]
pub struct Throttled {
    timer: Timer,
    /// A change came in during the current interval.
    dirty: Rc<Cell<bool>>,
}

impl Throttled {
    pub fn new(interval: Duration, action: impl Fn() + 'static) -> Self {
        Throttled {
            timer: Timer::new(interval, action),
            dirty: Rc::default(),
        }
    }

    /// Runs the action now, or at the end of the current interval.
    pub fn schedule(&self) {
        if self.timer.is_pending() {
            self.dirty.set(true);
        } else {
            self.timer.run();
            self.cool_down();
        }
    }

    fn cool_down(&self) {
        let this = self.clone();
        self.timer.start(move || {
            if this.dirty.replace(false) {
                this.timer.run();
                this.cool_down();
            }
        });
    }

    /// Runs a change still waiting for the interval to end.
    pub fn flush(&self) {
        if self.dirty.replace(false) {
            self.timer.run();
        }
    }
}
