//! Notify: two sites (before, after) → notices → e-mails delivered by a `Mailer`.
//!
//! [`plan`] is pure; [`recipients`] routes a notice; [`compose`] writes a message with the
//! theme's templates; [`deliver`] hands messages to a [`Mailer`] ([`SmtpMailer`] or [`Outbox`]),
//! recording each acceptance in the [`Ledger`]. [`load_revision`] reads a git revision of the content.

mod compose;
mod deliver;
mod ledger;
mod mailer;
mod outbox;
mod plan;
mod revision;
mod route;
mod smtp;
mod smtp_ca;
mod smtp_conn;
mod smtp_session;

pub use crate::load::secrets::{
    apply_reviewer_emails, load_reviewer_emails, reviewer_emails_from_env, AddressError,
    REVIEWER_EMAILS_ENV,
};
pub use compose::{compose, ComposeError, Links, Outgoing};
pub use deliver::{deliver, Outcome, Retry};
pub use ledger::{format_utc, Ledger, LedgerError};
pub use mailer::{Failure, Mailer};
pub use outbox::Outbox;
pub use plan::{plan, EventKind, Notice};
pub use revision::{load_revision, resolve, Revision, RevisionError};
pub use route::{recipients, Recipient, RecipientKind};
pub use smtp::{SmtpMailer, SmtpSettings, SmtpUrlError, TlsMode, PASSWORD_ENV, USER_ENV};
pub use smtp_ca::{CaError, CA_ENV};
