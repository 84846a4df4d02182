//! Word and character counts, exactly as rules.md "Counting" defines them, so that the count
//! under a text box in the browser, the validator and the CLI always agree.

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
///
/// Sixteen bytes at a time while they are ASCII: in eight bytes as the lanes of a `u64` (or
/// all sixteen as one WebAssembly SIMD vector), a lane that is not white space after one that
/// is starts a word. Other bytes, one character at a time.
pub fn count_words(text: &str) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let bytes = text.as_bytes();
    let len = bytes.len();
    let mut words = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < len {
        #[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
        {
            let (counted, end, ends_in_word) = crate::simd::ascii_words(bytes, i, in_word);
            (words, i, in_word) = (words + counted, end, ends_in_word);
        }
        // Word starts, counted in the low bit of each lane: at most 2 × 127 in a lane before
        // the lanes are added up. The top bit of `before` is whether the byte before `i` is
        // part of a word.
        let mut starts = 0;
        let mut before = u64::from(in_word) << 63;
        let stop = len.min(i + 16 * 127);
        while i < stop {
            // The sixteen bytes from `i`; at the end of the text, the last sixteen, of which
            // the first `counted` are before `i`; in a text of fewer, spaces after it.
            let (chunk, counted) = match bytes.get(i..).and_then(<[u8]>::first_chunk::<16>) {
                Some(&chunk) => (chunk, 0),
                None => match len.checked_sub(16) {
                    Some(last) => (*bytes[last..].first_chunk().unwrap_or(&[0; 16]), i - last),
                    None => {
                        let mut padded = [b' '; 16];
                        padded[..len].copy_from_slice(bytes);
                        (padded, 0)
                    }
                },
            };
            let (a, b) = chunk.split_at(8);
            let a = u64::from_le_bytes(a.try_into().unwrap_or_default());
            let b = u64::from_le_bytes(b.try_into().unwrap_or_default());
            // Whether a lane is below U+0020 or above U+007F: below U+0020, the lowest such
            // lane borrows, and then each lane below it is at least U+0020, so no lane is above
            // U+009F after it is less U+0020, nor is any lane at all.
            let unprintable =
                (a.wrapping_sub(ONES * 0x20) | a | b.wrapping_sub(ONES * 0x20) | b) & HIGH;
            // The top bit of each lane that is not white space.
            let (a, b) = if unprintable == 0 {
                // Above U+0020.
                ((a + ONES * 0x5F) & HIGH, (b + ONES * 0x5F) & HIGH)
            } else if (a | b) & HIGH == 0 {
                (not_space_lanes(a), not_space_lanes(b))
            } else {
                break;
            };
            let mut a_starts = a & !((a << 8) | (before >> 56));
            let mut b_starts = b & !((b << 8) | (a >> 56));
            if counted > 0 {
                // The lane before `i` is ASCII and its top bit is `in_word`: only the lanes
                // from `i` on count.
                a_starts &= HIGH.checked_shl(8 * counted as u32).unwrap_or(0);
                b_starts &= HIGH << (8 * counted.saturating_sub(8));
            }
            starts += (a_starts >> 7) + (b_starts >> 7);
            before = b;
            i += 16 - counted;
        }
        in_word = before >> 63 != 0;
        // Add up the lanes, each at most 254: in pairs, then all four pairs at once.
        let pairs = (starts & 0x00FF_00FF_00FF_00FF) + ((starts >> 8) & 0x00FF_00FF_00FF_00FF);
        words += (pairs.wrapping_mul(0x0001_0001_0001_0001) >> 48) as usize;
        if i >= stop {
            continue;
        }
        // Up to sixteen bytes (or the rest of the text), one character at a time.
        let stop = (i + 16).min(len);
        while i < stop {
            let (space, len) = white_space_at(bytes, i);
            if !space && !in_word {
                words += 1;
            }
            in_word = !space;
            i += len;
        }
    }
    words
}

/// The top bit of each lane of `w`, eight ASCII bytes, that is not white space: not U+0009 to
/// U+000D, nor U+0020.
#[inline]
fn not_space_lanes(w: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    // No lane carries into the next: each is below 0x80.
    let control = (w + ONES * (0x80 - 0x09)) & !(w + ONES * (0x80 - 0x0E));
    let x = w ^ (ONES * 0x20);
    let not_space = (x + ONES * 0x7F) | x; // the top bit of each lane but U+0020
    !control & not_space & HIGH
}

/// Whether the character that starts at byte `i` of valid UTF-8 is white space, as
/// [`is_js_whitespace`] says, and its length in bytes; read from its bytes.
#[inline]
fn white_space_at(bytes: &[u8], i: usize) -> (bool, usize) {
    let at = |k: usize| bytes.get(i + k).copied().unwrap_or(0);
    match at(0) {
        x @ 0..=0x7F => (matches!(x, b'\t'..=b'\r' | b' '), 1),
        // U+00A0
        0xC2 => (at(1) == 0xA0, 2),
        0xC0..=0xDF => (false, 2),
        // U+1680
        0xE1 => (at(1) == 0x9A && at(2) == 0x80, 3),
        // U+2000 to U+200A, U+2028, U+2029, U+202F; U+205F
        0xE2 => (
            match at(1) {
                0x80 => matches!(at(2), 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF),
                0x81 => at(2) == 0x9F,
                _ => false,
            },
            3,
        ),
        // U+3000
        0xE3 => (at(1) == 0x80 && at(2) == 0x80, 3),
        // U+FEFF
        0xEF => (at(1) == 0xBB && at(2) == 0xBF, 3),
        0xE0..=0xEF => (false, 3),
        _ => (false, 4),
    }
}

/// The number of extended grapheme clusters (UAX #29): what `Intl.Segmenter` counts.
pub fn count_characters(text: &str) -> usize {
    if text.is_ascii() {
        // Every ASCII character is its own cluster, but for CR LF, which is one.
        return text.len() - text.as_bytes().windows(2).filter(|w| w == b"\r\n").count();
    }
    crate::graphemes::count(text)
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

    /// Words counted one character at a time, as before counting went eight bytes at a time.
    fn words_one_by_one(text: &str) -> usize {
        let mut words = 0;
        let mut in_word = false;
        for c in text.chars() {
            let space = is_js_whitespace(c);
            if !space && !in_word {
                words += 1;
            }
            in_word = !space;
        }
        words
    }

    #[test]
    fn words_eight_bytes_at_a_time_as_one_by_one() {
        // Every white space character and its neighbours, and others near them.
        let mut pieces: Vec<String> = (0..0x110000u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_js_whitespace(c))
            .flat_map(|c| {
                let code = c as u32;
                [code.wrapping_sub(1), code, code + 1]
            })
            .filter_map(char::from_u32)
            .map(String::from)
            .collect();
        for piece in [
            "a",
            "word",
            "well-being,",
            "\u{85}",
            "\u{200b}",
            "\u{7f}",
            "\0",
            "\u{1f}",
            "é",
            "😀",
            "用户",
            "\u{a1}",
            "\u{2030}",
            "\u{205e}",
            "\u{2fff}",
            "\u{feff}",
            "\u{fffd}",
            "        ",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "a b c d e f g h i j k l m n o p",
        ] {
            pieces.push(piece.to_string());
        }
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        for case in 0..20_000 {
            let mut text = String::new();
            let len = [next(5), next(40), next(400), next(3000)][next(4)];
            for _ in 0..len {
                match next(3) {
                    0 => text.push(char::from(next(128) as u8)),
                    _ => text.push_str(&pieces[next(pieces.len())]),
                }
            }
            assert_eq!(
                count_words(&text),
                words_one_by_one(&text),
                "case {case}: {text:?}"
            );
        }
        // A long text of words, so that the lanes are added up more than once.
        let long = "one two  three\tfour ".repeat(1000);
        assert_eq!(count_words(&long), 4000);
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
