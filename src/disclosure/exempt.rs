//! What a self-evaluation must be able to say, and which the patterns of the disclosure checks
//! match nonetheless (rules.md, "What is not reported"): a cohort or a range of dates after
//! `born`, an organisation's role mailbox, a non-geographic phone number.

use super::dates::date;
use super::Text;

/// Words that make a date after a cue a cohort's or a range's, not a birthday.
const COHORT_WORDS: &[&str] = &[
    "between", "from", "after", "before", "since", "until", "in", "during",
];

/// Words that join the two dates of a range.
const RANGE_WORDS: &[&str] = &["and", "to"];

/// Local parts of an organisation's mailboxes, not a person's.
const ROLE_MAILBOXES: &[&str] = &[
    "enquiries",
    "enquiry",
    "info",
    "contact",
    "complaints",
    "feedback",
    "help",
    "helpdesk",
    "press",
    "media",
    "office",
    "hello",
];

/// Domains of public bodies, and their subdomains: a role mailbox there is published.
const PUBLIC_DOMAINS: &[&str] = &["gov.uk", "nhs.uk", "org.uk", "police.uk"];

/// Domains kept for examples (RFC 2606), and their subdomains: no one's address.
const PLACEHOLDER_DOMAINS: &[&str] = &["example.com", "example.org", "example.net"];

/// How the national number of a non-geographic line starts, after the trunk `0`.
const NON_GEOGRAPHIC: &[&str] = &["3", "80", "84", "87"];

/// A word that names one day (`born in hospital on 1 April 2024`): after it, a cohort word
/// before it no longer counts.
const DAY_WORD: &str = "on";

/// Whether `gap`, the text between a cue and a date, holds a cohort word as a whole word, with
/// no `on` after it.
pub(super) fn has_cohort_word(gap: &str) -> bool {
    gap.split(|c: char| !c.is_ascii_alphabetic())
        .rev()
        .find(|word| {
            word.eq_ignore_ascii_case(DAY_WORD)
                || COHORT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
        })
        .is_some_and(|word| !word.eq_ignore_ascii_case(DAY_WORD))
}

/// If the date ending at `end` is followed by a range's joint (`and`, `to`, a hyphen or an en
/// dash, with optional spaces around it) and a second date: where that second date starts.
pub(super) fn range_continues(t: &Text, end: usize) -> Option<usize> {
    let spaces = |mut p: usize| {
        while t.byte(p) == b' ' {
            p += 1;
        }
        p
    };
    let p = spaces(end);
    let joint_end = if t.byte(p) == b'-' {
        p + 1
    } else if t.has(p, "\u{2013}".as_bytes()) {
        p + "\u{2013}".len()
    } else {
        let word = RANGE_WORDS
            .iter()
            .find(|w| t.has_ignoring_case(p, w.as_bytes()) && t.alone_after(p + w.len()))?;
        // A joining word stands apart from the first date.
        if p == end {
            return None;
        }
        p + word.len()
    };
    let second = spaces(joint_end);
    date(t, second).map(|_| second)
}

/// Whether the email address `address` is an organisation's role mailbox at a public body's
/// domain, or any address at a placeholder domain.
pub(super) fn is_published_mailbox(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let under = |domains: &[&str]| domains.iter().any(|d| is_domain_or_subdomain(domain, d));
    under(PLACEHOLDER_DOMAINS)
        || (under(PUBLIC_DOMAINS) && ROLE_MAILBOXES.iter().any(|r| r.eq_ignore_ascii_case(local)))
}

fn is_domain_or_subdomain(domain: &str, of: &str) -> bool {
    // `get`, not indexing: no slicing that can panic, so none of core's panic formatting.
    domain.eq_ignore_ascii_case(of)
        || domain
            .len()
            .checked_sub(of.len() + 1)
            .and_then(|dot| domain.get(dot..))
            .and_then(|tail| tail.strip_prefix('.'))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(of))
}

/// Whether the phone number `number`, as matched, is a non-geographic line: its national
/// number (its digits without `44` and the trunk `0`) starts as [`NON_GEOGRAPHIC`] says.
pub(super) fn is_non_geographic(number: &str) -> bool {
    let digits: Vec<u8> = number.bytes().filter(u8::is_ascii_digit).collect();
    let national = if number.starts_with('+') {
        let rest = digits.get(2..).unwrap_or_default();
        rest.strip_prefix(b"0").unwrap_or(rest)
    } else {
        digits.get(1..).unwrap_or_default()
    };
    NON_GEOGRAPHIC
        .iter()
        .any(|start| national.starts_with(start.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cohort_words_are_whole_words_in_any_case() {
        assert!(has_cohort_word(" between "));
        assert!(has_cohort_word(" in the year to "));
        assert!(has_cohort_word(" During "));
        assert!(!has_cohort_word(" on "));
        assert!(!has_cohort_word(" on a Monday, "));
        assert!(!has_cohort_word(" within "), "not inside a word");
        assert!(!has_cohort_word(" fromage "));
        assert!(!has_cohort_word(" in hospital on "), "a day named after it");
        assert!(has_cohort_word(" on or after "));
        assert!(has_cohort_word(" ON OR BEFORE "));
    }

    #[test]
    fn ranges_join_two_dates() {
        let ends = |text: &str, end: usize| range_continues(&Text::new(text), end);
        assert_eq!(ends("1 April 2024 and 31 March 2025", 12), Some(17));
        assert_eq!(ends("1 April 2024 to 31 March 2025", 12), Some(16));
        assert_eq!(ends("1 April 2024 - 31 March 2025", 12), Some(15));
        assert_eq!(ends("1 April 2024\u{2013}31 March 2025", 12), Some(15));
        assert_eq!(ends("1 April 2024 AND 31/3/2025", 12), Some(17));
        assert_eq!(ends("1 April 2024 and Leeds", 12), None);
        assert_eq!(ends("1 April 2024 andover 31 March 2025", 12), None);
        assert_eq!(ends("1 April 2024", 12), None);
    }

    #[test]
    fn published_mailboxes() {
        for address in [
            "enquiries@cafcass.gov.uk",
            "INFO@nhs.uk",
            "press@media.police.uk",
            "help@charity.org.uk",
            "jane.smith@example.com",
            "anyone@mail.example.org",
        ] {
            assert!(is_published_mailbox(address), "{address}");
        }
        for address in [
            "jane.smith@cafcass.gov.uk",
            "info@gmail.com",
            "enquiries@notgov.uk",
            "enquiries@gov.uk.evil.com",
            "info.team@cafcass.gov.uk",
            "someone@example.co",
        ] {
            assert!(!is_published_mailbox(address), "{address}");
        }
    }

    #[test]
    fn non_geographic_numbers() {
        for number in [
            "0300 456 4000",
            "0345 000 1234",
            "0800 123 4567",
            "0808 800 5000",
            "0845 600 7000",
            "0870 123 4567",
            "+44 300 456 4000",
            "+44 (0)300 456 4000",
            "(0300) 456 4000",
        ] {
            assert!(is_non_geographic(number), "{number}");
        }
        for number in [
            "07700 900123",
            "020 7946 0958",
            "0191 496 0000",
            "+44 7700 900123",
            "+44 (0)20 7946 0958",
            "(01632) 960001",
        ] {
            assert!(!is_non_geographic(number), "{number}");
        }
    }
}
