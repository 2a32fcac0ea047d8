//! Notify: two sites (before, after) → notices → e-mails delivered by a `Mailer`.
