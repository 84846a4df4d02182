use super::*;
use DisclosureKind::*;

#[test]
fn findings_as_serde_json_writes_them() {
    let text = "Mr Smith 😀 of SW1A 1AA, jane@example.com, 943 476 5919, QQ 12 34 56 C, \
                born 01/02/2010, 07700 900123, Oakfield Primary School, Jane said";
    let found: Vec<DisclosureFinding> = scan(text)
        .into_iter()
        .map(DisclosureFinding::from)
        .collect();
    assert!(found.len() >= 6, "{found:?}");
    let mut every: Vec<DisclosureFinding> = DisclosureKind::ALL
        .iter()
        .zip(0..)
        .map(|(kind, at)| {
            DisclosureFinding::from(Finding {
                kind: *kind,
                start: at,
                end: usize::MAX - at,
            })
        })
        .collect();
    for findings in [&found, &every, &Vec::new()] {
        crate::json_write::tests::same_as_serde_json(
            &crate::json_write::to_json(findings),
            findings,
        );
    }
    every.truncate(1);
    crate::json_write::tests::same_as_serde_json(&crate::json_write::to_json(&every), &every);
}

/// The text with its «marked» stretches unmarked, and their UTF-16 spans.
fn unmark(marked: &str) -> (String, Vec<(usize, usize)>) {
    let mut text = String::new();
    let mut spans = Vec::new();
    let mut units = 0;
    let mut open = None;
    for c in marked.chars() {
        match c {
            '«' => open = Some(units),
            '»' => spans.push((open.take().expect("« before »"), units)),
            c => {
                text.push(c);
                units += c.len_utf16();
            }
        }
    }
    (text, spans)
}

/// The «marked» stretches are found, as `kinds` in order, and nothing else.
#[track_caller]
pub(super) fn finds_kinds(kinds: &[DisclosureKind], marked: &str) {
    let (text, spans) = unmark(marked);
    assert_eq!(
        kinds.len(),
        spans.len(),
        "one kind for each mark in {marked:?}"
    );
    let want: Vec<Finding> = kinds
        .iter()
        .zip(spans)
        .map(|(&kind, (start, end))| Finding { kind, start, end })
        .collect();
    assert_eq!(scan(&text), want, "in {text:?}");
}

/// Every «marked» stretch is found as `kind`, and nothing else is found.
#[track_caller]
pub(super) fn finds(kind: DisclosureKind, marked: &str) {
    let marks = marked.matches('«').count();
    assert!(marks > 0, "nothing marked in {marked:?}");
    finds_kinds(&vec![kind; marks], marked);
}

/// Nothing of `kind` is found.
#[track_caller]
fn misses(kind: DisclosureKind, text: &str) {
    let found: Vec<Finding> = scan(text).into_iter().filter(|f| f.kind == kind).collect();
    assert!(found.is_empty(), "{found:?} in {text:?}");
}

pub(super) fn check(kind: DisclosureKind, found: &[&str], missed: &[&str]) {
    assert!(found.len() >= 15 && missed.len() >= 15);
    for marked in found {
        finds(kind, marked);
    }
    for text in missed {
        misses(kind, text);
    }
}

/// Every word of the lists is found, in the case the lists allow, whatever its first letter:
/// the scan reads the lists and nothing written beside them.
#[test]
fn every_word_of_the_lists_is_found() {
    for title in words::TITLES {
        finds(
            NamedPerson,
            &format!("Seen by «{title} Smith» and «{title}. Jones»."),
        );
        misses(
            NamedPerson,
            &format!("Seen by {} Smith.", title.to_uppercase()),
        );
    }
    for cue in words::CUES {
        for cue in [cue.to_string(), cue.to_uppercase(), cue.to_lowercase()] {
            finds(DateOfBirth, &format!("{cue}: «12/03/2015»"));
        }
    }
    for month in words::MONTHS {
        for month in [
            month.to_string(),
            month[..3].to_string(),
            month.to_uppercase(),
        ] {
            finds(
                DateOfBirth,
                &format!("born on «12 {month} 2015»; born «{month} 3rd, 2017»"),
            );
        }
    }
}

#[test]
fn messages_say_what_to_remove_in_one_sentence() {
    for kind in DisclosureKind::ALL {
        let message = kind.message();
        assert!(!message.ends_with('.'), "{message}");
        assert_eq!(message.matches(". ").count(), 0, "{message}");
        match kind {
            NamedPerson | FirstName => {
                assert_eq!(kind.severity(), Severity::Warning);
                assert!(message.contains("pseudonym"), "{message}");
            }
            School => {
                assert_eq!(kind.severity(), Severity::Warning);
                assert!(message.contains("what kind of school"), "{message}");
            }
            _ => {
                assert_eq!(kind.severity(), Severity::Error);
                assert!(message.starts_with("Remove the "), "{message}");
            }
        }
    }
    assert_eq!(NiNumber.message(), "Remove the National Insurance number");
}

#[test]
fn the_first_kind_in_table_order_wins_an_overlap() {
    // 0123456789 passes the NHS check and is also a phone number.
    finds(NhsNumber, "«0123456789»");
    // A case number, an NI number or a postcode written as an email's local part.
    finds(CaseNumber, "«ZW24P00153»@outlook.com");
    finds(NiNumber, "«AB123456C»@outlook.com");
    finds(Postcode, "«sw1a1aa»@outlook.com");
    // The email wins over the name inside it.
    finds(Email, "Mr «Smith@outlook.com»");
    // A chain: the email loses to the case number, so the phone inside it is kept.
    finds_kinds(&[CaseNumber, Phone], "«ZW24P00153»@«07700900123».uk");
    // Kinds that do not overlap are all kept.
    finds_kinds(
        &[NhsNumber, NamedPerson, Postcode],
        "«943 476 5919» «Mr Smith» «SW1A 1AA»",
    );
}

#[test]
fn conformance_examples() {
    finds_kinds(
        &DisclosureKind::ALL,
        "Ref «ZW24P00153»; NHS «943 476 5919»; NI «AB 12 34 56 C»; near «SW1A 1AA»; email \
         «parent.one@outlook.com»; phone «07700 900123»; born on «12/03/2015»; seen by \
         «Mrs Jones» at «Hexham Middle School», where «Jayden» told us.",
    );
    finds_kinds(
        &[Email, Phone, DateOfBirth, DateOfBirth],
        "Write to «jose\u{301}@outlook.com» or call «+44(0)20 7946 0958». She was born on \
         the «12th of March 2015» and her brother’s DOB is «March 3rd, 2017». The code \
         RV32IM is not a postcode.",
    );
}

#[test]
fn odd_inputs_do_not_panic() {
    let odd = [
        "",
        "@",
        "+",
        "+4",
        "+44",
        "+44 (0",
        "(",
        "(0",
        "(01",
        "(0123456789",
        "0",
        "Mr",
        "Mr ",
        "Mr.",
        "Dr 😀",
        "born",
        "born 1",
        "born 12th",
        "born 12th of",
        "born March",
        "a@",
        "a@b.",
        "é@",
        "@é.é",
        "\u{301}@a.b",
        "AB 12 34 56",
        "SW1A 1",
        "😀",
        "\u{10ffff}",
        "1234 5678 1234 ",
        "943 476 ",
        "é",
        "ZW24P",
    ];
    for text in odd {
        let findings = scan(text);
        let len = text.encode_utf16().count();
        assert!(findings.iter().all(|f| f.start < f.end && f.end <= len));
    }
    assert_eq!(scan("\u{301}@a.b").len(), 1);
}
