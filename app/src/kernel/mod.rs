//! What every feature uses: the store (pool, transactions, clock), the write errors and the
//! actor, the server functions' caller and refusals, the access policy and the page error type.

pub mod coded;
#[cfg(feature = "ssr")]
pub mod db;
pub mod error;
#[cfg(feature = "ssr")]
pub mod plan_head;
pub mod plan_status;
pub mod policy;
pub mod reason;
#[cfg(feature = "ssr")]
pub mod receipt;
pub mod server;
pub mod text;
#[cfg(feature = "ssr")]
pub mod write;
