//! The employee's scenario drafts, kept in the browser's local storage per employee, so that a
//! reload, a lost connection or a closed tab loses nothing. (Saving to the server, versioned and
//! shareable, is the next step; this is what survives until then.)

use crate::{career::scenario::Draft, ui::local_store};

fn key(employee_id: i64) -> String {
    format!("prestasi.career.drafts.{employee_id}")
}

/// The drafts kept for `employee_id`, if any and readable (a stale or foreign format is
/// ignored, never an error: the page starts from its defaults).
pub fn load(employee_id: i64) -> Option<Vec<Draft>> {
    local_store::load::<Vec<Draft>>(&key(employee_id))
        .filter(|d| !d.is_empty() && d.len() <= crate::career::scenario::MAX_SCENARIOS)
}

/// Keep `drafts` for `employee_id` (best effort: a full or disabled storage keeps nothing).
pub fn store(employee_id: i64, drafts: &[Draft]) {
    local_store::store(&key(employee_id), drafts);
}
