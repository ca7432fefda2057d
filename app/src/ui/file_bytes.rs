//! Reading a file the user picked, for server functions (which carry text, so binary files
//! travel as base64).

/// The bytes of a picked file.
#[cfg(feature = "hydrate")]
pub async fn read(file: &web_sys::File) -> Vec<u8> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
    buffer.map(|b| js_sys::Uint8Array::new(&b).to_vec()).unwrap_or_default()
}

/// Standard base64 with padding. Written out (a dozen lines) rather than pulling a crate into
/// the browser bundle.
#[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_the_standard_alphabet_and_padding() {
        assert_eq!(super::base64(b""), "");
        assert_eq!(super::base64(b"f"), "Zg==");
        assert_eq!(super::base64(b"fo"), "Zm8=");
        assert_eq!(super::base64(b"foo"), "Zm9v");
        assert_eq!(super::base64(b"PK\x03\x04\xff"), "UEsDBP8=");
    }
}
