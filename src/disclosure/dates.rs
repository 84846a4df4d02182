//! Dates of birth: a date that starts within 40 UTF-16 code units after the end of a cue
//! (`born`, `DOB`, words.rs), unless it belongs to a cohort or a range (exempt.rs).

use super::exempt;
use super::text::Text;
use super::utf16::utf16_len;
use super::words::{cues_at, month_at};

/// A cue (words.rs) at `i`, as a whole word in any case: where it ends (the longest, should
/// two cues match at one place).
pub(super) fn cue(t: &Text, i: usize) -> Option<usize> {
    // The eight-byte prefix is the whole of a short cue; a longer one is read on.
    cues_at(t.eight_bytes(i))
        .filter(|cue| cue.len() <= 8 || t.has_ignoring_case(i, cue.as_bytes()))
        .map(|cue| i + cue.len())
        .filter(|&end| t.alone_after(end))
        .max()
}

/// How far (in UTF-16 code units) a date may start after the end of its cue.
pub(super) const WINDOW: usize = 40;

/// Every date that starts at most 40 UTF-16 code units after the end of a cue. Dates and cues
/// are each found once, left to right; for each date the nearest cue ending before it decides.
#[inline(never)]
pub(super) fn dates_of_birth(
    t: &Text,
    cues: &[(usize, usize)],
    dates: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    if cues.is_empty() {
        return Vec::new();
    }
    let mut next_cue = cues.iter().map(|&(_, end)| end).peekable();
    let mut last_cue_end = None;
    let mut found = Vec::new();
    // Where the second date of the last range found starts.
    let mut range_second = None;
    for &(start, end) in dates {
        while let Some(cue_end) = next_cue.next_if(|&cue_end| cue_end <= start) {
            last_cue_end = Some(cue_end);
        }
        // A UTF-16 code unit takes at most three bytes of UTF-8 (a 4-byte character is two
        // units), so a gap of more than 3 × 40 bytes is more than 40 units.
        let near = last_cue_end.is_some_and(|cue_end| {
            start - cue_end <= 3 * WINDOW
                && t.b
                    .get(cue_end..start)
                    .is_some_and(|gap| utf16_len(gap) <= WINDOW)
        });
        let Some(cue_end) = last_cue_end.filter(|_| near) else {
            continue;
        };
        // A cohort or a range of dates is not a birthday (exempt.rs).
        if range_second == Some(start)
            || exempt::has_cohort_word(t.s.get(cue_end..start).unwrap_or_default())
        {
            continue;
        }
        if let Some(second) = exempt::range_continues(t, end) {
            range_second = Some(second);
            continue;
        }
        found.push((start, end));
    }
    found
}

/// The longest date at `i`: `1/3/2015`, `12-03-2015`, `12.03.2015`, `2015-03-12`,
/// `12 March 2015`, `12th March 2015`, `12th of March 2015`, `March 12, 2015`,
/// `March 12th, 2015`, `March 12 2015`.
pub(super) fn date(t: &Text, i: usize) -> Option<usize> {
    let end = if t.byte(i).is_ascii_digit() {
        [numeric_date(t, i), iso_date(t, i), day_month_year(t, i)]
            .into_iter()
            .flatten()
            .max()?
    } else {
        month_day_year(t, i)?
    };
    t.alone_after(end).then_some(end)
}

/// `12/03/2015`, `12-03-2015`, `12.03.2015`: one separator, twice.
fn numeric_date(t: &Text, i: usize) -> Option<usize> {
    let p = t.one_or_two_digits(i)?;
    let separator = t.byte(p);
    if !matches!(separator, b'/' | b'-' | b'.') {
        return None;
    }
    let p = t.one_or_two_digits(p + 1)?;
    if t.byte(p) != separator {
        return None;
    }
    t.digits(p + 1, 4)
}

/// `2015-03-12`.
fn iso_date(t: &Text, i: usize) -> Option<usize> {
    let p = t.digits(i, 4)?;
    if t.byte(p) != b'-' {
        return None;
    }
    let p = t.one_or_two_digits(p + 1)?;
    if t.byte(p) != b'-' {
        return None;
    }
    t.one_or_two_digits(p + 1)
}

/// `12 March 2015`, `12th March 2015`, `12th of March 2015`.
fn day_month_year(t: &Text, i: usize) -> Option<usize> {
    let mut p = t.one_or_two_digits(i)?;
    if let Some(after) = ordinal_suffix(t, p) {
        p = after;
        if t.byte(p) == b' ' && t.has_ignoring_case(p + 1, b"of") && t.byte(p + 3) == b' ' {
            p += 3;
        }
    }
    if t.byte(p) != b' ' {
        return None;
    }
    let p = month(t, p + 1)?;
    if t.byte(p) != b' ' {
        return None;
    }
    t.digits(p + 1, 4)
}

/// `March 12, 2015`, `March 12th, 2015`, `March 12 2015`.
fn month_day_year(t: &Text, i: usize) -> Option<usize> {
    let p = month(t, i)?;
    if t.byte(p) != b' ' {
        return None;
    }
    let mut p = t.one_or_two_digits(p + 1)?;
    if let Some(after) = ordinal_suffix(t, p) {
        p = after;
    }
    if t.byte(p) == b',' {
        p += 1;
    }
    if t.byte(p) != b' ' {
        return None;
    }
    t.digits(p + 1, 4)
}

/// `st`, `nd`, `rd` or `th`, in any case, whatever the day.
fn ordinal_suffix(t: &Text, i: usize) -> Option<usize> {
    let suffix = [t.byte(i), t.byte(i + 1)].map(|x| x.to_ascii_lowercase());
    matches!(&suffix, b"st" | b"nd" | b"rd" | b"th").then_some(i + 2)
}

/// A month (words.rs) in full or its first three letters, in any case, followed by a space:
/// where the name ends.
fn month(t: &Text, i: usize) -> Option<usize> {
    let name = month_at(t.eight_bytes(i))?.as_bytes();
    [i + name.len(), i + 3]
        .into_iter()
        .find(|&end| t.has_ignoring_case(i, &name[..end - i]) && t.byte(end) == b' ')
}

#[cfg(test)]
mod tests {
    use crate::disclosure::tests::check;
    use crate::disclosure::DisclosureKind::*;

    #[test]
    fn dates_of_birth() {
        let window = format!("Born{}«1/3/2015»", " ".repeat(40));
        let emoji_window = format!("born{}😀😀 «1/3/2015»", " ".repeat(35));
        let past_window = format!("born{}1/3/2015", " ".repeat(41));
        let past_emoji_window = format!("born{}😀 1/3/2015", " ".repeat(38));
        check(
            DateOfBirth,
            &[
                "born «1/3/2015»",
                "born on «12/03/2015»",
                "DOB: «12-03-2015»",
                "D.O.B. «12.03.2015»",
                "date of birth «2015-03-12»",
                "her birthday is «12 March 2015»",
                "born «12th March 2015»",
                "born on the «12th of March 2015»",
                "born «March 12, 2015»",
                "born «March 12th, 2015»",
                "born «March 12 2015»",
                "BORN «12TH OF MARCH 2015»",
                "born «12 Mar 2015»",
                "born «sep 1 2015»",
                "born «31/02/2015»",
                "born «45/13/2015»",
                "born «1th March 2015»",
                &window,
                &emoji_window,
                "born «1/3/2015» or «2/3/2016»",
                "Date Of Birth «1/3/2015»",
                "born-«1/3/2015»",
                "born\r\n«2nd Dec 2015»",
            ],
            &[
                "newborn 12/03/2015",
                "reborn 12/03/2015",
                "The hearing on 12/03/2015",
                &past_window,
                &past_emoji_window,
                "12/03/2015 born",
                "born 12/03/15",
                "born Sept 12 2015",
                "born 12 of March 2015",
                "born 12March 2015",
                "born 123/03/2015",
                "born 12/03/20155",
                "born 12/03-2015",
                "borne 12/03/2015",
                "birthdays 12/03/2015",
                "born 2015/03/12",
                "born March 12, 20155",
                "born 12 Marchy 2015",
                "born 1/3/2015x",
                "born 12 th March 2015",
            ],
        );
    }
}
