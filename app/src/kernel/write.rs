//! What every repository's write takes and returns: who is writing, in which agency, and why a
//! change was not made.

/// Who is changing what, in which agency.
#[derive(Debug, Clone, Copy)]
pub struct Actor {
    pub agency_id: i64,
    pub user_id: i64,
}

/// Why a change was not made.
#[derive(Debug)]
pub enum WriteError {
    /// Someone changed the record since the editor loaded it.
    Conflict,
    /// No such record in the caller's agency (or none at all: the two look the same).
    NotFound,
    /// A value or change the rules refuse, and why.
    Invalid(crate::kernel::reason::Reason),
    Db(sqlx::Error),
}

impl From<sqlx::Error> for WriteError {
    fn from(e: sqlx::Error) -> Self {
        WriteError::Db(e)
    }
}
