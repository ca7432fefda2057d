//! Rules for free text that every feature applies alike.

/// Whether `text` holds a character no typed text needs and some do harm with: control
/// characters (NUL, which PostgreSQL refuses and SQLite stores) and the bidi overrides and
/// isolates that make a name read backwards (U+202A–U+202E, U+2066–U+2069). With `lines`, line
/// breaks and tabs are allowed (a comment may hold paragraphs).
pub fn has_control(text: &str, lines: bool) -> bool {
    text.chars().any(|c| is_unsafe(c, lines))
}

/// The character test of [`has_control`]; the direction marks (U+200E, U+200F, U+061C) count
/// too, as they only serve to disguise a name.
pub fn is_unsafe(c: char, lines: bool) -> bool {
    (c.is_control() && !(lines && (c == '\n' || c == '\r' || c == '\t')))
        || ('\u{202A}'..='\u{202E}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}')
}

#[cfg(test)]
mod tests {
    use super::has_control;

    #[test]
    fn control_and_bidi_characters_are_found_line_breaks_only_where_allowed() {
        assert!(!has_control("Bidang Umum", false));
        assert!(has_control("Bidang\0Umum", false));
        assert!(has_control("Bidang\u{202E}gnadiB", true));
        assert!(has_control("a\u{2066}b", true));
        assert!(has_control("baris\nbaru", false));
        assert!(!has_control("baris\nbaru", true));
    }
}
