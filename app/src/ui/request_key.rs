//! Keys that make a submit idempotent: the server stores one write per key.

/// A key for one attempt at a save or a comment: the same content on the same page load gives
/// the same key, so a double click or a resend stores once.
pub fn request_key(scope: &str, content: &str) -> String {
    // FNV-1a: small, and the same in every browser.
    let hash = content
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{:08x}-{scope}-{hash:016x}", page_nonce())
}

/// Random once per page load (a reload may save the same content anew: that is a new save).
fn page_nonce() -> u32 {
    #[cfg(feature = "hydrate")]
    {
        thread_local! {
            static NONCE: u32 = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        }
        NONCE.with(|n| *n)
    }
    #[cfg(not(feature = "hydrate"))]
    0
}
