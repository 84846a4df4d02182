//! The two counts on arbitrary text: `count_words` against a plain reference of JavaScript's
//! `text.match(/\S+/g).length`, `count_characters` against UAX #29 clusters; and the word and
//! character limits of the rules agree with the counts (with every report property).
#![no_main]
use libfuzzer_sys::fuzz_target;
use sefcheck_fuzz::properties;
use unicode_segmentation::UnicodeSegmentation;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let words = sefcheck::count_words(&text);
    assert_eq!(
        words,
        properties::reference_word_count(&text),
        "property broken: count_words is /\\S+/g"
    );
    let chars = sefcheck::count_characters(&text);
    assert_eq!(
        chars,
        text.graphemes(true).count(),
        "property broken: count_characters is UAX #29 clusters"
    );
    assert!(
        chars <= text.chars().count() && (chars == 0) == text.is_empty(),
        "property broken: cluster count bounds"
    );
    assert!(
        words <= text.chars().count(),
        "property broken: no more words than characters"
    );
    let (word_path, word_max) = properties_limits().0;
    let (char_path, char_max) = properties_limits().1;
    let doc = serde_json::json!({
        "formVersion": 2,
        "about": { "preparedBy": &*text },
        "voice": { "children": &*text },
    });
    let report = properties::check_value_and_text(&doc).expect("a shallow document gets a report");
    let has = |code: &str, path: &str| {
        report
            .diagnostics
            .iter()
            .any(|d| d.code.as_str() == code && d.path == path)
    };
    let blank = text
        .chars()
        .all(|c| properties::reference_word_count(&c.to_string()) == 0);
    if !blank {
        assert_eq!(
            has("word-limit", word_path),
            words > word_max,
            "property broken: word-limit iff over {word_max} words"
        );
        assert_eq!(
            has("too-long", char_path),
            chars > char_max,
            "property broken: too-long iff over {char_max} characters"
        );
    }
});

/// The word limit of /voice/children and the character limit of /about/preparedBy, from the
/// form definition.
fn properties_limits() -> ((&'static str, usize), (&'static str, usize)) {
    use std::sync::OnceLock;
    static LIMITS: OnceLock<(usize, usize)> = OnceLock::new();
    let (w, c) = *LIMITS.get_or_init(|| {
        let def = serde_json::from_str::<serde_json::Value>(&sefcheck::form_definition().to_json()).unwrap();
        let find = |path: &str| -> usize {
            let mut stack = vec![&def];
            while let Some(v) = stack.pop() {
                match v {
                    serde_json::Value::Object(m) => {
                        if m.get("path").and_then(|p| p.as_str()) == Some(path) {
                            return m["limit"]["max"].as_u64().expect("a limit") as usize;
                        }
                        stack.extend(m.values());
                    }
                    serde_json::Value::Array(a) => stack.extend(a.iter()),
                    _ => {}
                }
            }
            panic!("no field {path}");
        };
        (find("/voice/children"), find("/about/preparedBy"))
    });
    (("/voice/children", w), ("/about/preparedBy", c))
}
