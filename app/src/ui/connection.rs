//! Whether the browser believes it is online (`navigator.onLine`): pages skip requests that
//! cannot succeed and say so, and the offline outbox waits. Always online on the server.

pub fn online() -> bool {
    #[cfg(feature = "hydrate")]
    {
        web_sys::window().map(|w| w.navigator().on_line()).unwrap_or(true)
    }
    #[cfg(not(feature = "hydrate"))]
    true
}
