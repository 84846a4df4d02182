//! WebAssembly SIMD (`simd128`) forms of the hottest scans, sixteen bytes at a time, compiled
//! only for wasm32 with simd128 (`.cargo/config.toml`). Each stops where a match is, or where
//! fewer than sixteen bytes are left, and the portable code it stands in front of (eight bytes
//! at a time in a `u64`, the only code natively) goes on from there: that code is the
//! reference, and tests/simd.test.mjs compares the module with the native core over texts
//! built to put every kind of byte at every offset of the sixteen.

use core::arch::wasm32::{
    u8x16_bitmask, u8x16_eq, u8x16_lt, u8x16_splat, u8x16_sub, v128, v128_andnot, v128_load,
    v128_or,
};

/// The sixteen bytes from `at`, if there are as many.
#[inline(always)]
fn load(bytes: &[u8], at: usize) -> Option<v128> {
    let chunk = bytes.get(at..)?.first_chunk::<16>()?;
    // SAFETY: `chunk` is sixteen readable bytes, and `v128_load` needs no alignment.
    Some(unsafe { v128_load(chunk.as_ptr().cast()) })
}

/// The lanes of `v` from `lo` up to but not including `hi` (unsigned, `lo < hi`).
#[inline(always)]
fn in_range(v: v128, lo: u8, hi: u8) -> v128 {
    u8x16_lt(u8x16_sub(v, u8x16_splat(lo)), u8x16_splat(hi - lo))
}

/// Moves `at` on, sixteen bytes at a time, while `marks` marks none of them: to the first
/// marked byte, or to where fewer than sixteen are left.
#[inline(always)]
fn skip_unmarked(bytes: &[u8], mut at: usize, marks: impl Fn(v128) -> v128) -> usize {
    while let Some(v) = load(bytes, at) {
        let marked = u8x16_bitmask(marks(v));
        if marked != 0 {
            return at + marked.trailing_zeros() as usize;
        }
        at += 16;
    }
    at
}

/// The first quote, backslash or control character in a JSON string from `at` (json/strings.rs,
/// `scan_plain`).
#[inline]
pub(crate) fn plain_end(bytes: &[u8], at: usize) -> usize {
    skip_unmarked(bytes, at, |v| {
        v128_or(
            v128_or(
                u8x16_eq(v, u8x16_splat(b'"')),
                u8x16_eq(v, u8x16_splat(b'\\')),
            ),
            u8x16_lt(v, u8x16_splat(0x20)),
        )
    })
}

/// The first ASCII capital from `at` (disclosure/text.rs, `next_capital`).
#[inline]
pub(crate) fn capital_from(bytes: &[u8], at: usize) -> usize {
    skip_unmarked(bytes, at, |v| in_range(v, b'A', b'Z' + 1))
}

/// The first `byte` from `at` (disclosure/text.rs, `find_at_sign`).
#[inline]
pub(crate) fn byte_from(bytes: &[u8], at: usize, byte: u8) -> usize {
    skip_unmarked(bytes, at, |v| u8x16_eq(v, u8x16_splat(byte)))
}

/// The places among the sixteen bytes from `at` (bit `k` for byte `at + k`) that
/// disclosure/pass.rs tries (`Text::place`), and some others: an ASCII digit not after a digit;
/// a letter in one of `letters` (each from its first byte up to but not including its second:
/// the first letters of the cues and the titles), `(` or `+`, not after a letter or digit; and
/// `@`. None when `at` is 0 or fewer than sixteen bytes are left.
#[inline]
pub(crate) fn places(bytes: &[u8], at: usize, letters: [(u8, u8); 2]) -> Option<u32> {
    let v = load(bytes, at)?;
    let before = load(bytes, at.checked_sub(1)?)?;
    let digit = |x| in_range(x, b'0', b'9' + 1);
    // `| 0x20` turns the capitals into the lower-case letters, and no other byte into one.
    let alphanumeric = |x| {
        v128_or(
            digit(x),
            in_range(v128_or(x, u8x16_splat(0x20)), b'a', b'z' + 1),
        )
    };
    let [capitals, lower_case] = letters;
    let after_word = alphanumeric(before);
    let word_start = v128_andnot(
        v128_or(
            v128_or(
                in_range(v, capitals.0, capitals.1),
                in_range(v, lower_case.0, lower_case.1),
            ),
            v128_or(
                u8x16_eq(v, u8x16_splat(b'(')),
                u8x16_eq(v, u8x16_splat(b'+')),
            ),
        ),
        after_word,
    );
    let number_start = v128_andnot(digit(v), digit(before));
    let marked = v128_or(
        v128_or(word_start, number_start),
        u8x16_eq(v, u8x16_splat(b'@')),
    );
    Some(u32::from(u8x16_bitmask(marked)))
}

/// Words that start in the sixteen-byte blocks from `at` while they are all ASCII (count.rs,
/// `count_words`), given whether the byte before `at` is in a word: the count, where it
/// stopped (at a block with a byte beyond ASCII, or where fewer than sixteen are left), and
/// whether the byte before that is in a word.
#[inline]
pub(crate) fn ascii_words(bytes: &[u8], mut at: usize, mut in_word: bool) -> (usize, usize, bool) {
    let mut words = 0;
    while let Some(v) = load(bytes, at) {
        if u8x16_bitmask(v) != 0 {
            break;
        }
        // U+0009 to U+000D and U+0020, as `is_js_whitespace` says of ASCII.
        let space = v128_or(
            u8x16_eq(v, u8x16_splat(b' ')),
            in_range(v, b'\t', b'\r' + 1),
        );
        let word = u32::from(!u8x16_bitmask(space));
        let starts = word & !((word << 1) | u32::from(in_word));
        words += starts.count_ones() as usize;
        in_word = word & 0x8000 != 0;
        at += 16;
    }
    (words, at, in_word)
}
