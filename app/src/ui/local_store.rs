//! What the browser keeps between visits in its local storage, as JSON under a key: drafts and
//! the offline outbox. Best effort by design: a full, disabled or foreign-format store reads as
//! nothing and keeps nothing, never an error (the page then starts from its defaults). On the
//! server there is no store: reads are `None`, writes do nothing.

use serde::{de::DeserializeOwned, Serialize};

/// The value kept under `key`, if any and readable as a `T`.
pub fn load<T: DeserializeOwned>(key: &str) -> Option<T> {
    #[cfg(feature = "hydrate")]
    {
        let storage = web_sys::window()?.local_storage().ok()??;
        let text = storage.get_item(key).ok()??;
        serde_json::from_str(&text).ok()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        let _ = key;
        None
    }
}

/// Keep `value` under `key`.
pub fn store<T: Serialize + ?Sized>(key: &str, value: &T) {
    #[cfg(feature = "hydrate")]
    if let (Some(Ok(Some(storage))), Ok(text)) =
        (web_sys::window().map(|w| w.local_storage()), serde_json::to_string(value))
    {
        let _ = storage.set_item(key, &text);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (key, serde_json::to_string(value));
}

/// Forget what is kept under `key`.
pub fn remove(key: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        let _ = storage.remove_item(key);
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = key;
}
