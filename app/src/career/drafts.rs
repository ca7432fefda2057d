//! The employee's scenario drafts, kept in the browser's local storage per employee, so that a
//! reload, a lost connection or a closed tab loses nothing. (Saving to the server, versioned and
//! shareable, is the next step; this is what survives until then.)

use crate::career::scenario::Draft;

fn key(employee_id: i64) -> String {
    format!("prestasi.career.drafts.{employee_id}")
}

/// The drafts kept for `employee_id`, if any and readable (a stale or foreign format is
/// ignored, never an error: the page starts from its defaults).
pub fn load(employee_id: i64) -> Option<Vec<Draft>> {
    #[cfg(feature = "hydrate")]
    {
        let storage = web_sys::window()?.local_storage().ok()??;
        let text = storage.get_item(&key(employee_id)).ok()??;
        serde_json::from_str::<Vec<Draft>>(&text)
            .ok()
            .filter(|d| !d.is_empty() && d.len() <= crate::career::scenario::MAX_SCENARIOS)
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = key(employee_id);
        None
    }
}

/// Keep `drafts` for `employee_id` (best effort: a full or disabled storage keeps nothing).
pub fn store(employee_id: i64, drafts: &[Draft]) {
    #[cfg(feature = "hydrate")]
    if let (Some(Ok(Some(storage))), Ok(text)) =
        (web_sys::window().map(|w| w.local_storage()), serde_json::to_string(drafts))
    {
        let _ = storage.set_item(&key(employee_id), &text);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (key(employee_id), drafts);
}
