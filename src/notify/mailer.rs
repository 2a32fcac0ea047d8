//! Delivery: the `Mailer` trait a transport implements, and how a failed attempt is classified.

use super::Outgoing;

/// What went wrong with one attempt to deliver one message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// A 4xx reply, a timeout or a broken connection mid-way: worth retrying.
    Temporary(String),
    /// A 5xx reply: this recipient will not get it; retrying will not help.
    Permanent(String),
    /// The server could not be reached at all: later messages would fail the same way.
    Unreachable(String),
    /// The message's deadline passed (the server is silent or too slow): later messages would
    /// wait the same way, so the batch stops.
    TimedOut(String),
}

impl Failure {
    /// The explanation, whatever the kind.
    pub fn detail(&self) -> &str {
        match self {
            Failure::Temporary(s)
            | Failure::Permanent(s)
            | Failure::Unreachable(s)
            | Failure::TimedOut(s) => s,
        }
    }
}

/// A transport that hands one message at a time to a server (or a folder).
pub trait Mailer {
    /// Delivers `msg` to its single recipient within `within` (connection included), or gives up
    /// with [`Failure::TimedOut`]. `Ok` means accepted: it may go into the ledger.
    fn send(&mut self, msg: &Outgoing, within: std::time::Duration) -> Result<(), Failure>;
}
