//! Migration (docs/spec/migration.md) as a property: for every format-1 document the repository
//! holds (the frozen format-1 conformance cases, tests/conformance/format-1, and the fuzz
//! regression inputs that are format-1 documents) and for 10,000 generated ones, `migrate` keeps
//! every answer, is idempotent, and gives a document the rules check as format 2 without
//! panicking, keeping every invariant of the report (fuzz/src/properties.rs `check_migrate`).
//! tests/migrate.test.mjs checks the same inputs natively and in WebAssembly, byte for byte.

#[path = "../fuzz/src/properties.rs"]
#[allow(dead_code)]
mod properties;

mod common;

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

fn repo(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// A format-1 case's document: its `document`, or its base (a format-1 example, or `empty`) with
/// its patch; or the text of its `json` when that is JSON. Add, remove and replace are the only
/// operations the format-1 cases use.
fn case_document(case: &Value) -> Option<Value> {
    if let Some(text) = case["json"].as_str() {
        return serde_json::from_str(text).ok();
    }
    if case.get("function").is_some() || case.get("jsGenerator").is_some() {
        return None;
    }
    let mut doc = match (case.get("document"), case["base"].as_str()) {
        (Some(doc), _) => doc.clone(),
        (None, Some("empty")) => json!({"formVersion": 1}),
        (None, Some(base)) => common::example(&format!("{base}.format-1")),
        (None, None) => common::example("complete.format-1"),
    };
    for op in case["patch"].as_array().into_iter().flatten() {
        let path = op["path"].as_str()?;
        let (parent, key) = path.rsplit_once('/')?;
        let parent = doc.pointer_mut(parent)?;
        match (op["op"].as_str()?, parent) {
            ("remove", Value::Object(map)) => {
                map.shift_remove(key);
            }
            ("remove", Value::Array(items)) => {
                items.remove(key.parse::<usize>().ok()?);
            }
            (_, Value::Object(map)) => {
                map.insert(key.to_string(), op["value"].clone());
            }
            (op_name, Value::Array(items)) => match key {
                "-" => items.push(op["value"].clone()),
                index => {
                    let at = index.parse::<usize>().ok()?;
                    if op_name == "add" {
                        items.insert(at, op["value"].clone());
                    } else {
                        items[at] = op["value"].clone();
                    }
                }
            },
            _ => return None,
        }
    }
    Some(doc)
}

/// Every format-1 document of the format-1 cases and of the fuzz regression inputs, named.
fn format_1_documents() -> Vec<(String, Value)> {
    let mut out = vec![];
    let mut files: Vec<_> = std::fs::read_dir(repo("tests/conformance/format-1"))
        .expect("the format-1 cases")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        // A case holding a lone surrogate cannot be read by serde_json (the Node test runs it).
        let Ok(case) = serde_json::from_str::<Value>(&text) else {
            continue;
        };
        if let Some(doc) = case_document(&case) {
            out.push((format!("case {}", file.display()), doc));
        }
    }
    let mut regressions: Vec<_> = std::fs::read_dir(repo("tests/fuzz-regressions"))
        .expect("the fuzz regression inputs")
        .map(|e| e.expect("an entry").path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("validate"))
        })
        .collect();
    regressions.sort();
    for file in regressions {
        let Ok(doc) = serde_json::from_slice::<Value>(&std::fs::read(&file).expect("readable"))
        else {
            continue;
        };
        out.push((format!("regression {}", file.display()), doc));
    }
    out.retain(|(_, doc)| doc["formVersion"] == json!(1) || doc["formVersion"] == json!(1.0));
    out
}

#[test]
fn every_format_1_document_of_the_repository_migrates_keeping_every_answer() {
    let documents = format_1_documents();
    assert!(
        documents.len() >= 60,
        "only {} format-1 documents",
        documents.len()
    );
    for (name, doc) in &documents {
        let outcome = std::panic::catch_unwind(|| properties::check_migrate(doc));
        let migrated = outcome.unwrap_or_else(|_| panic!("{name}: a property is broken"));
        // A document 64 levels deep may migrate to 65, which is refused (checked above).
        if properties::depth(doc) < sefcheck::limits::MAX_DEPTH {
            assert!(migrated.is_some(), "{name}: not migrated");
        }
    }
}

#[test]
fn the_format_2_examples_are_the_migrated_format_1_ones_and_more() {
    let draft = sefcheck::migrate_value(&common::example("draft.format-1")).expect("migrated");
    assert_eq!(draft, common::example("draft"));
    // The complete example adds the golden thread, last year's figures and link, and the digest.
    let migrated =
        sefcheck::migrate_value(&common::example("complete.format-1")).expect("migrated");
    let mut complete = common::example("complete");
    for action in complete["actions"].as_array_mut().unwrap() {
        action.as_object_mut().unwrap().shift_remove("addresses");
    }
    for kpi in complete["kpis"].as_array_mut().unwrap() {
        kpi.as_object_mut().unwrap().shift_remove("previous");
    }
    complete.as_object_mut().unwrap().shift_remove("previous");
    complete["approval"]
        .as_object_mut()
        .unwrap()
        .shift_remove("digest");
    assert_eq!(migrated, complete);
}

/// A format-1 document: the format-1 complete example with a few edits, or any object.
fn format_1_document() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| json!(f)),
        (-5i64..600).prop_map(|n| json!(n)),
        ".{0,12}".prop_map(Value::String),
        prop::sample::select(vec![
            "PL-D1",
            "PL-S2",
            "LE-D1",
            "formerApproval",
            "approval",
            ""
        ])
        .prop_map(|s| json!(s)),
    ];
    let keys = prop::sample::select(vec![
        "about",
        "approvedBy",
        "approvedOn",
        "approval",
        "formerApproval",
        "areas",
        "privateLaw",
        "publicLaw",
        "leadership",
        "strengths",
        "developmentAreas",
        "inspection",
        "recommendations",
        "id",
        "text",
        "formVersion",
    ]);
    let value = leaf.prop_recursive(5, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((keys.clone(), inner), 0..6).prop_map(|members| {
                Value::Object(
                    members
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    });
    let edits = prop::collection::vec(
        (
            prop::sample::select(vec![
                "/about",
                "/about/approvedBy",
                "/about/approvedOn",
                "/approval",
                "/formerApproval",
                "/areas",
                "/areas/privateLaw",
                "/areas/publicLaw/strengths",
                "/areas/leadership/developmentAreas",
                "/areas/privateLaw/developmentAreas/0",
                "/inspection/recommendations",
                "/inspection/recommendations/0/id",
            ]),
            prop::option::of(value.clone()),
        ),
        0..5,
    );
    prop_oneof![
        edits.prop_map(|edits| {
            let mut doc = common::example("complete.format-1");
            for (pointer, value) in edits {
                let (parent, _) = pointer.rsplit_once('/').unwrap_or_default();
                if doc
                    .pointer(parent)
                    .is_some_and(|p| p.is_object() || p.is_array())
                {
                    let exists = doc.pointer(pointer).is_some();
                    if exists || doc.pointer(parent).is_some_and(Value::is_object) {
                        common::set(&mut doc, pointer, value);
                    }
                }
            }
            doc
        }),
        prop::collection::vec((keys_of_any_object(), value), 0..8).prop_map(|members| {
            let mut map: Map<String, Value> = members.into_iter().collect();
            map.insert("formVersion".into(), json!(1));
            Value::Object(map)
        }),
    ]
}

fn keys_of_any_object() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "about",
            "approval",
            "formerApproval",
            "formerApproval2",
            "areas",
            "inspection",
            "voice"
        ])
        .prop_map(str::to_string),
        ".{0,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10_000, ..ProptestConfig::default() })]

    #[test]
    fn generated_format_1_documents_migrate_keeping_every_answer(doc in format_1_document()) {
        prop_assert!(properties::check_migrate(&doc).is_some());
    }
}
