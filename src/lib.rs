//! wijk: runs a participatory sustainable-neighbourhoods programme from a git repository.
//!
//! The pipeline reads off the modules: [`load`] (files → raw corpus) → [`validate`] (corpus → model
//! [`model::Site`] + [`diag`]nostics) → [`render`] (site → static files), [`notify`] (two sites → e-mails)
//! and [`diff`] (two sites → what a change means, for a pull request).

#![forbid(unsafe_code)]
#![warn(clippy::too_many_lines)]

pub mod bounded;
pub mod cli;
pub mod cmd;
pub mod cms;
pub mod diag;
pub mod diff;
pub mod digest;
pub mod documents;
pub mod geo;
pub mod i18n;
pub mod init;
pub mod load;
pub mod lock;
pub mod markdown;
pub mod model;
pub mod notify;
pub mod pictures;
pub mod publish;
pub mod render;
pub mod scaffold;
pub mod schema;
pub mod search;
pub mod serve;
pub mod site;
pub mod theme;
pub mod validate;
pub mod value;
pub mod working;
