//! Delivering a batch: skip what the ledger holds, send the rest with retries on temporary
//! failures, record each acceptance at once, and report per recipient.

use super::ledger::{Ledger, LedgerError};
use super::mailer::{Failure, Mailer};
use super::Outgoing;
use std::time::{Duration, Instant};

/// How often and how patiently temporary failures are retried, and the deadline of one message.
#[derive(Clone, Copy, Debug)]
pub struct Retry {
    /// Attempts per message, the first included.
    pub attempts: u32,
    /// Wait before the second attempt; doubled before each further one.
    pub first_delay: Duration,
    /// Time allowed for one message, every attempt and wait included.
    pub deadline: Duration,
}

impl Default for Retry {
    fn default() -> Self {
        Retry {
            attempts: 3,
            first_delay: Duration::from_secs(1),
            deadline: Duration::from_secs(60),
        }
    }
}

/// What became of one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Accepted now.
    Sent,
    /// In the ledger already: not sent again.
    AlreadySent,
    /// Refused or failed; the explanation never holds the recipient's address.
    Failed(String),
    /// Not tried, the server being unreachable or unresponsive.
    NotAttempted,
}

impl Outcome {
    /// Whether the message is (now or before) delivered.
    pub fn is_delivered(&self) -> bool {
        matches!(self, Outcome::Sent | Outcome::AlreadySent)
    }
}

/// Delivers `messages` in order; `progress` hears of each outcome as it happens.
/// A ledger that cannot be written stops the run (`Err`): going on could send twice later.
pub fn deliver(
    messages: &[Outgoing],
    mailer: &mut dyn Mailer,
    mut ledger: Option<&mut Ledger>,
    retry: Retry,
    progress: &mut dyn FnMut(&Outgoing, &Outcome),
) -> Result<Vec<Outcome>, LedgerError> {
    let mut outcomes = Vec::with_capacity(messages.len());
    let mut unreachable = false;
    for msg in messages {
        let outcome = if ledger.as_ref().is_some_and(|l| l.contains(&msg.message_id)) {
            Outcome::AlreadySent
        } else if unreachable {
            Outcome::NotAttempted
        } else {
            match send_with_retry(mailer, msg, retry) {
                Ok(()) => {
                    if let Some(l) = ledger.as_deref_mut() {
                        l.record(&msg.message_id, msg.recipient.id.as_str())?;
                    }
                    Outcome::Sent
                }
                Err(f) => {
                    unreachable = matches!(f, Failure::Unreachable(_) | Failure::TimedOut(_));
                    Outcome::Failed(redact(f.detail(), msg))
                }
            }
        };
        progress(msg, &outcome);
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

/// Sends once, then again after growing pauses while the failure is temporary (or a lost
/// connection), all within the message's one deadline.
fn send_with_retry(mailer: &mut dyn Mailer, msg: &Outgoing, retry: Retry) -> Result<(), Failure> {
    let deadline = Instant::now() + retry.deadline;
    let mut delay = retry.first_delay;
    let mut attempt = 1;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(timed_out(retry.deadline));
        }
        match mailer.send(msg, left) {
            Ok(()) => return Ok(()),
            Err(f @ Failure::Temporary(_)) => {
                let left = deadline.saturating_duration_since(Instant::now());
                if attempt >= retry.attempts || delay >= left {
                    return Err(f);
                }
                std::thread::sleep(delay);
                delay = delay.saturating_mul(2);
                attempt += 1;
            }
            Err(f) => return Err(f),
        }
    }
}

/// The failure of a message whose deadline passed.
pub fn timed_out(deadline: Duration) -> Failure {
    Failure::TimedOut(format!(
        "timed out: no answer within {} s",
        deadline.as_secs_f64()
    ))
}

/// The failure text with the recipient's address (which servers like to quote) blanked out.
fn redact(detail: &str, msg: &Outgoing) -> String {
    let one_line: String = detail
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match &msg.recipient.email {
        Some(e) => one_line.replace(e.as_str(), "<recipient>"),
        None => one_line,
    }
}
