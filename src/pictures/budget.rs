//! The memory budget of pictures, shared by every thread of the process (the build's workers and
//! `serve`'s requests): a picture is decoded only once its pixel bytes — the decoded buffer, its
//! 8-bit copy, a turned copy and the resize buffers — fit in what the pictures being processed
//! leave of [`BUDGET`]. A picture costing more than the whole budget waits until nothing else is
//! processed, then runs alone. The number of pictures does not matter; their bytes do.

use super::{height_at, widths, Probe};
use std::sync::{Condvar, Mutex, PoisonError};

/// Pixel bytes in flight at most (a single picture over it runs alone; the probe refuses any
/// whose decoded buffer is over [`super::MAX_ALLOC`]).
pub const BUDGET: u64 = 768 * 1024 * 1024;

/// The bytes processing `probe` may hold at once: the decoded buffer, the 8-bit pixels and a
/// turned copy of them (4 bytes a pixel at most), the resizer's intermediate rows (as tall as the
/// picture, as wide as the widest variant) and the variants.
pub fn cost(probe: &Probe) -> u64 {
    let pixels = u64::from(probe.width) * u64::from(probe.height);
    let variants: Vec<u32> = widths(probe.width);
    let widest = variants.last().copied().unwrap_or(probe.width);
    let resized: u64 = variants
        .iter()
        .map(|&w| u64::from(w) * u64::from(height_at(probe.width, probe.height, w)) * 4)
        .sum();
    probe.decoded + 2 * pixels * 4 + u64::from(probe.height) * u64::from(widest) * 4 + resized
}

/// Bytes taken from the budget.
static IN_FLIGHT: Mutex<u64> = Mutex::new(0);
static RELEASED: Condvar = Condvar::new();

/// A share of the budget, given back when dropped.
#[derive(Debug)]
pub struct Permit {
    bytes: u64,
}

/// Waits until `cost` bytes fit in the budget (all of it for a picture over the budget), and
/// takes them.
pub fn acquire(cost: u64) -> Permit {
    let bytes = cost.clamp(1, BUDGET);
    let mut in_flight = IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner);
    while *in_flight + bytes > BUDGET {
        in_flight = RELEASED
            .wait(in_flight)
            .unwrap_or_else(PoisonError::into_inner);
    }
    *in_flight += bytes;
    Permit { bytes }
}

impl Drop for Permit {
    fn drop(&mut self) {
        let mut in_flight = IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner);
        *in_flight -= self.bytes;
        RELEASED.notify_all();
    }
}

/// Bytes taken now (for tests).
pub fn in_flight() -> u64 {
    *IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::Arc;

    #[test]
    fn pictures_over_the_budget_run_alone_and_the_others_share_it() {
        let peak = Arc::new(AtomicU64::new(0));
        let threads: Vec<_> = [BUDGET * 2, BUDGET / 3, BUDGET / 3, BUDGET / 3, BUDGET]
            .into_iter()
            .map(|cost| {
                let peak = peak.clone();
                std::thread::spawn(move || {
                    let permit = acquire(cost);
                    peak.fetch_max(in_flight(), Ordering::SeqCst);
                    std::thread::sleep(std::time::Duration::from_millis(20));
                    drop(permit);
                })
            })
            .collect();
        for t in threads {
            t.join().unwrap();
        }
        assert!(peak.load(Ordering::SeqCst) <= BUDGET);
    }
}
