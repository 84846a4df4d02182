//! Named people: a title (words.rs) and a name after it, `Mrs Jones`, but not a judge's
//! title (`Mr Justice`).

use super::categories::{category, Category};
use super::text::Text;
use super::words::TITLES;

/// A title (words.rs, exactly as written), an optional full stop, one space (U+0020), then a
/// name: a capital letter running on
/// through letters, marks, apostrophes (`'` or `’`) and hyphens, with a lower-case letter in
/// it, and no digit after it.
pub(super) fn named_person(t: &Text, i: usize) -> Option<usize> {
    // Longer titles first is not needed: a title is followed by a full stop or a space.
    let name_start = TITLES.iter().find_map(|title| {
        if !t.has(i, title.as_bytes()) {
            return None;
        }
        let mut p = i + title.len();
        if t.byte(p) == b'.' {
            p += 1;
        }
        (t.byte(p) == b' ').then_some(p + 1)
    })?;
    let mut chars = t.s.get(name_start..)?.char_indices();
    let (_, capital) = chars.next()?;
    if capital.is_ascii() && !capital.is_ascii_uppercase()
        || !capital.is_ascii() && category(capital) != Category::UppercaseLetter
    {
        return None;
    }
    let mut end = name_start + capital.len_utf8();
    let mut lower_case = false;
    for (k, c) in chars {
        let runs_on = match c {
            '\'' | '\u{2019}' | '-' => true,
            c if c.is_ascii() => {
                lower_case |= c.is_ascii_lowercase();
                c.is_ascii_alphabetic()
            }
            c => match category(c) {
                Category::LowercaseLetter => {
                    lower_case = true;
                    true
                }
                Category::UppercaseLetter | Category::OtherLetter | Category::Mark => true,
                _ => false,
            },
        };
        if !runs_on {
            break;
        }
        end = name_start + k + c.len_utf8();
    }
    // `Mrs Justice Amberley` is a judge, not a family member (rules.md, "Judicial titles").
    let judge = t.s.get(name_start..end) == Some(JUDICIAL_NAME_AFTER_TITLE);
    (lower_case && !judge && t.alone_after(end)).then_some(end)
}

/// The word that makes a title before it a judge's: `Mr Justice`, `Mrs Justice`.
const JUDICIAL_NAME_AFTER_TITLE: &str = "Justice";

#[cfg(test)]
mod tests {
    use crate::disclosure::tests::check;
    use crate::disclosure::DisclosureKind::*;

    #[test]
    fn named_people() {
        check(
            NamedPerson,
            &[
                "seen by «Mrs Jones».",
                "«Mr Smith's» sister",
                "«Mr Smith’s» sister",
                "«Mrs O'Brien-Smith»",
                "«Mr. Smith»",
                "«Dr Patel»",
                "«Ms Ng»",
                "«Miss Havisham»",
                "«Mx Taylor»",
                "«Master Jones»",
                "«Mr McAllister-Jones»",
                "«Mr Jose\u{301}»",
                "«Mrs Zoë»",
                "«Dr Ångström»",
                "«Mr Mr» «Mr Mr»",
                "«Mr Łukasz»",
                "«Dr Σωκράτης»",
                "«Mr AB-Smith»",
                "😀 «Mrs Jones»",
                "«Mrs Jones»\r\n«Mr Smith»",
            ],
            &[
                "MR SMITH",
                "mr Smith",
                "Mr A",
                "Mr AB",
                "Mr smith",
                "Mr  Smith",
                "Mr\tSmith",
                "Mr\u{a0}Smith",
                "Child A, a nine-year-old girl",
                "Mister Smith",
                "XMr Smith",
                "Mr Smith2",
                "Mrs. A.",
                "Prof Smith",
                "Mr O'B",
                "Dr \u{aa}bc",
                "Dr \u{24b6}bc",
                "Mr 'Smith",
                "1Mr Smith",
                "Mr.. Smith",
                "Mr\nSmith",
            ],
        );
    }
}
