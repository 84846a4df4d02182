use super::*;
use proptest::prelude::*;
use std::borrow::Cow;

pub(super) fn ok(text: &str) -> Value<'_> {
    match parse(text) {
        Ok(value) => value,
        Err(e) => panic!("{:?} was refused: {e}", short(text)),
    }
}

pub(super) fn err(text: &str) -> InputError {
    match parse(text) {
        Ok(_) => panic!("{:?} was accepted", short(text)),
        Err(e) => e,
    }
}

/// The start of a text, for failure messages.
fn short(text: &str) -> String {
    text.chars().take(80).collect()
}

pub(super) fn at(line: usize, column: usize) -> Option<Position> {
    Some(Position { line, column })
}

/// The kind and position of the refusal, as (kind, line, column).
pub(super) fn refusal(text: &str) -> (InputErrorKind, usize, usize) {
    let e = err(text);
    let p = e.position.expect("a position");
    (e.kind, p.line, p.column)
}

pub(super) fn syntax_at(text: &str, line: usize, column: usize) {
    let e = err(text);
    assert!(
        matches!(e.kind, InputErrorKind::Syntax(_)),
        "{text:?}: {:?}",
        e.kind
    );
    assert_eq!(e.position, at(line, column), "{text:?}");
}

pub(super) fn s(text: &str) -> Value<'_> {
    Value::String(Cow::Borrowed(text))
}

pub(super) fn n(number: f64) -> Value<'static> {
    Value::Number(number)
}

pub(super) fn obj<'a>(members: Vec<(&'a str, Value<'a>)>) -> Value<'a> {
    Value::Object(
        members
            .into_iter()
            .map(|(k, v)| (Cow::Borrowed(k), v))
            .collect(),
    )
}

pub(super) fn nested_arrays(levels: usize) -> String {
    format!("{}{}", "[".repeat(levels), "]".repeat(levels))
}

pub(super) fn nested_objects(levels: usize) -> String {
    // `levels` objects; the innermost holds a number (which adds no level).
    format!("{}1{}", "{\"a\":".repeat(levels), "}".repeat(levels))
}

#[test]
fn size_limit() {
    let exactly = format!("\"{}\"", "a".repeat(MAX_BYTES - 2));
    assert_eq!(exactly.len(), MAX_BYTES);
    assert!(parse(&exactly).is_ok());
    let over = format!("\"{}\"", "a".repeat(MAX_BYTES - 1));
    let e = err(&over);
    assert_eq!(
        e.kind,
        InputErrorKind::TooLarge {
            bytes: MAX_BYTES + 1,
            limit: MAX_BYTES
        }
    );
    assert_eq!(e.position, None);
    assert_eq!(
        e.to_string(),
        "The text is too large to check: sefcheck takes at most 5 MiB (5,242,880 bytes)"
    );
    assert_eq!(
        parse_unbounded(&over),
        Ok(Value::String(Cow::Borrowed(&over[1..over.len() - 1])))
    );
    // Bytes of UTF-8 are counted, not characters; refused before parsing.
    let multibyte = "é".repeat(MAX_BYTES / 2 + 1);
    assert_eq!(
        err(&multibyte).kind,
        InputErrorKind::TooLarge {
            bytes: MAX_BYTES + 2,
            limit: MAX_BYTES
        }
    );
    // parse_unbounded keeps every other refusal.
    assert_eq!(
        parse_unbounded("[1e400]").map_err(|e| e.kind),
        Err(InputErrorKind::NumberTooLarge)
    );
    assert_eq!(
        parse_unbounded(&nested_arrays(65)).map_err(|e| e.kind),
        Err(InputErrorKind::TooDeep)
    );
    assert_eq!(
        parse_unbounded("\"\\ud800\"").map_err(|e| e.kind),
        Err(InputErrorKind::LoneSurrogate)
    );
    assert!(matches!(
        parse_unbounded("[1,]").map_err(|e| e.kind),
        Err(InputErrorKind::Syntax(_))
    ));
}

#[test]
fn lone_surrogates_carried_from_javascript() {
    // `{\n"a": "x\ud800"}` as JavaScript holds it: the surrogate became U+FFFD, at UTF-16
    // index 9.
    let text = "{\n\"a\": \"x\u{fffd}\"}";
    let e = parse_carried(text, Some(9)).map(|_| ()).unwrap_err();
    assert_eq!(
        (e.kind, e.position),
        (InputErrorKind::LoneSurrogate, at(2, 8))
    );
    // An astral character before it counts two units.
    let text = "[\"😀\", \"\u{fffd}\"]";
    let e = parse_carried(text, Some(8)).map(|_| ()).unwrap_err();
    assert_eq!(e.position, at(1, 9));
    // Text that is not JSON is said first, as JSON.parse would.
    let text = "[\"\u{fffd}\" 1]";
    assert!(matches!(
        parse_carried(text, Some(2)).map_err(|e| e.kind),
        Err(InputErrorKind::Syntax(_))
    ));
    // Outside a string it is a character no JSON value starts with.
    assert_eq!(
        parse_carried("\u{fffd}", Some(0)).map_err(|e| e.kind),
        Err(InputErrorKind::Syntax("a value"))
    );
    // The earlier of two refusals in the text is the one refused.
    let text = "[1e400, \"\u{fffd}\"]";
    assert_eq!(
        parse_carried(text, Some(9)).map_err(|e| e.kind),
        Err(InputErrorKind::NumberTooLarge)
    );
    let text = "[\"\u{fffd}\", 1e400]";
    assert_eq!(
        parse_carried(text, Some(2)).map_err(|e| e.kind),
        Err(InputErrorKind::LoneSurrogate)
    );
    // Nothing carried: the same as parse_unbounded.
    assert_eq!(parse_carried("[1]", None), parse_unbounded("[1]"));
}

#[test]
fn messages() {
    let message = |text: &str| err(text).to_string();
    assert_eq!(
        message("{\"secret name\": 1e400}"),
        "A number in the document is too large for a 64-bit float (line 1, column 17)"
    );
    assert_eq!(
        message("[\n    \"\\ud800 Jane Doe\"]"),
        "A string in the document holds a lone surrogate, which Unicode cannot encode (line 2, column 6)"
    );
    assert_eq!(
        message(&nested_arrays(65)),
        "The document is nested more than 64 levels deep (line 1, column 65)"
    );
    assert_eq!(
        InputError {
            kind: InputErrorKind::TooDeep,
            position: None
        }
        .to_string(),
        "The document is nested more than 64 levels deep"
    );
    // No message repeats text from the document.
    for text in [
        "{\"name\": Smith}",
        "[\"Jane\" \"Doe\"]",
        "{\"Jane\"}",
        "\"Jane\\q\"",
        "\"Jane\u{1}\"",
        "Jane",
        "[1] Jane",
        "\"Jane",
        "{\"Jane\": 1e999}",
        "{\"Jane\": \"\\udc00Jane\"}",
    ] {
        let e = err(text);
        let message = e.to_string();
        assert!(!message.contains("Jane"), "{message}");
        assert!(!message.contains("Smith") && !message.contains("Doe"));
        assert!(message.ends_with(|c: char| c.is_ascii_digit() || c == ')'));
    }
}

/// The JSON text serde_json writes, parsed back, equals the value it was written from.
fn arb_json() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value as J;
    let leaf = prop_oneof![
        Just(J::Null),
        any::<bool>().prop_map(J::Bool),
        any::<i64>().prop_map(J::from),
        any::<u64>().prop_map(J::from),
        any::<f64>()
            .prop_filter("finite", |x| x.is_finite())
            .prop_map(J::from),
        (-1.0e6..1.0e6f64).prop_map(J::from),
        any::<String>().prop_map(J::String),
        "[a-z\"\\\\/\n\t\u{0}-\u{1f}😀é]{0,12}".prop_map(J::String),
    ];
    leaf.prop_recursive(8, 128, 10, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..10).prop_map(J::Array),
            prop::collection::vec(("[a-c\"\\\\😀]{0,3}|.*", inner), 0..10)
                .prop_map(|members| J::Object(members.into_iter().collect())),
        ]
    })
}

/// Small converter: the parsed value as the serde_json value it should equal.
fn same(ours: &Value<'_>, theirs: &serde_json::Value) -> bool {
    use serde_json::Value as J;
    match (ours, theirs) {
        (Value::Null, J::Null) => true,
        (Value::Bool(a), J::Bool(b)) => a == b,
        (Value::Number(a), J::Number(b)) => b.as_f64().is_some_and(|b| b == *a),
        (Value::String(a), J::String(b)) => a == b,
        (Value::Array(a), J::Array(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y))
        }
        (Value::Object(a), J::Object(b)) => {
            a.len() == b.len()
                && a.iter()
                    .zip(b)
                    .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
        }
        _ => false,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_any_text(text in any::<String>()) {
        let _ = parse(&text);
    }

    #[test]
    fn never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = parse(&text);
    }

    #[test]
    fn agrees_with_serde_json_on_json_like_text(
        text in "[\\[\\]{}:,\" \\\\0-9.eE+\\-tfnrulsabux\n\r\té😀]{0,40}"
    ) {
        let ours = parse(&text);
        let theirs = serde_json::from_str::<serde_json::Value>(&text);
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => prop_assert!(same(a, b), "{:?} vs {:?}", a, b),
            (Err(_), Err(_)) => {}
            _ => prop_assert!(false, "{:?}: ours {:?}, serde_json {:?}", text, ours, theirs),
        }
        // The syntax-only check agrees with the parser on every syntax error.
        let fail = first_syntax_error(text.as_bytes());
        match &ours {
            Err(InputError { kind: InputErrorKind::Syntax(expected), position }) => {
                let fail = fail.expect("a syntax error");
                prop_assert_eq!(&fail.kind, &InputErrorKind::Syntax(expected));
                prop_assert_eq!(Some(position_at(&text, fail.offset)), *position);
            }
            _ => prop_assert!(fail.is_none()),
        }
        if let Err(e) = &ours {
            let p = e.position.expect("position");
            prop_assert!(p.line >= 1 && p.column >= 1);
            let lines = text.split('\n').count();
            prop_assert!(p.line <= lines);
        }
    }

    #[test]
    fn round_trips_serde_json_text(value in arb_json()) {
        let compact = serde_json::to_string(&value).expect("serialises");
        let parsed = parse(&compact);
        prop_assert!(parsed.as_ref().is_ok_and(|p| same(p, &value)), "{} -> {:?}", compact, parsed);
        prop_assert_eq!(parse(&compact).ok(), Some(Value::from_serde(&value)));
        let pretty = serde_json::to_string_pretty(&value).expect("serialises");
        let parsed = parse(&pretty);
        prop_assert!(parsed.as_ref().is_ok_and(|p| same(p, &value)), "{} -> {:?}", pretty, parsed);
    }

    #[test]
    fn error_positions_point_inside_or_just_past_the_text(
        value in arb_json(),
        cut in any::<prop::sample::Index>(),
        junk in "[\\]}:,x\u{1}]",
    ) {
        // Break valid text by inserting one bad character, or by cutting it short.
        let text = serde_json::to_string_pretty(&value).expect("serialises");
        let mut at = cut.index(text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let broken = format!("{}{}{}", &text[..at], junk, &text[at..]);
        let truncated = &text[..at];
        for candidate in [broken.as_str(), truncated] {
            if let Err(e) = parse(candidate) {
                let p = e.position.expect("position");
                let line = candidate.split('\n').nth(p.line - 1);
                prop_assert!(line.is_some());
                let units = line.map_or(0, |l| l.encode_utf16().count());
                prop_assert!(p.column >= 1 && p.column <= units + 1);
            }
        }
    }
}
