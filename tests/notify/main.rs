//! `wijk notify`, in one test binary: against a real SMTP server (`delivery`), one that
//! misbehaves or a batch killed midway (`faults`), TLS and credentials (`tls`), the outbox
//! folder (`outbox`) and shallow clones (`shallow`). One binary links once where five did.

#[path = "../notify_support/mod.rs"]
mod notify_support;
#[path = "../support/smtp.rs"]
mod smtp;
#[path = "../support/smtp_tls.rs"]
mod smtp_tls;

mod delivery;
mod faults;
mod outbox;
mod shallow;
mod tls;
