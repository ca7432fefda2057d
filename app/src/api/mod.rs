//! Server functions, grouped by resource. Each one authenticates, authorises, parses its input,
//! calls the rules or a repository, and maps the error to a translated message.

pub mod admin;
pub mod auth;
pub mod corrections;
pub mod employees;
pub mod import;
pub mod records;
