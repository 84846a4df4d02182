//! Word and character counts, exactly as rules.md "Counting" defines them, so that the count
//! under a text box in the browser, the validator and the CLI always agree.

use unicode_segmentation::UnicodeSegmentation;

/// White space as JavaScript's `\s` matches it (and nothing else: not U+0085, not U+200B).
pub fn is_js_whitespace(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{d}'
            | ' '
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
            | '\u{feff}'
    )
}

/// True when a string is empty or only white space: a string with "no answer".
pub fn is_blank(text: &str) -> bool {
    text.chars().all(is_js_whitespace)
}

/// The number of maximal runs of non-white-space characters: `text.match(/\S+/g).length`.
pub fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut in_word = false;
    for (i, &b) in bytes.iter().enumerate() {
        let space = if b < 0x80 {
            matches!(b, b'\t'..=b'\r' | b' ')
        } else if b >= 0xC0 {
            // The lead byte of a multi-byte character: `i` is a character boundary.
            text[i..].chars().next().is_some_and(is_js_whitespace)
        } else {
            // A continuation byte belongs to the character its lead byte classified.
            continue;
        };
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
    }
    words
}

/// The number of extended grapheme clusters (UAX #29): what `Intl.Segmenter` counts.
pub fn count_characters(text: &str) -> usize {
    if text.is_ascii() {
        // Every ASCII character is its own cluster, but for CR LF, which is one.
        return text.len() - text.as_bytes().windows(2).filter(|w| w == b"\r\n").count();
    }
    text.graphemes(true).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_runs_of_non_white_space() {
        assert_eq!(count_words(""), 0);
        assert_eq!(count_words("   "), 0);
        assert_eq!(count_words("one"), 1);
        assert_eq!(count_words("  one two\tthree\n"), 3);
        // U+00A0, U+3000 and U+FEFF separate words; U+0085 and U+200B do not.
        assert_eq!(count_words("a\u{a0}b\u{3000}c\u{feff}d"), 4);
        assert_eq!(count_words("a\u{85}b\u{200b}c"), 1);
        assert_eq!(count_words("well-being, children's"), 2);
    }

    #[test]
    fn characters_are_grapheme_clusters() {
        assert_eq!(count_characters(""), 0);
        assert_eq!(count_characters("abc"), 3);
        assert_eq!(count_characters("a\r\nb"), 3);
        assert_eq!(count_characters("\r\r\n\n"), 3);
        assert_eq!(count_characters("e\u{301}"), 1);
        assert_eq!(count_characters("👍🏽"), 1);
        assert_eq!(count_characters("👩‍👩‍👧"), 1);
        assert_eq!(count_characters("🇬🇧🇬"), 2);
        assert_eq!(count_characters("\u{1100}\u{1161}\u{11a8}"), 1);
    }

    #[test]
    fn blank_means_only_js_white_space() {
        assert!(is_blank(""));
        assert!(is_blank(" \t\n\u{a0}\u{3000}\u{feff}"));
        assert!(!is_blank("\u{85}"));
        assert!(!is_blank(" x "));
    }
}
