//! Career planning: the predikat simulator, and the career simulator (where an employee stands
//! today and what-if promotion paths, computed in the browser from their stored record).

pub mod api;
pub mod drafts;
pub mod export;
#[cfg(feature = "ssr")]
mod record;
#[cfg(feature = "ssr")]
pub mod repo;
pub mod scenario;
pub mod scenarios_api;
pub mod texts;
pub mod types;
pub mod ui;
