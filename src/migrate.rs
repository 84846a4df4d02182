//! Migration from format 1 (docs/spec/migration.md): a format-1 document made into a format-2
//! one without losing any answer. A format-2 document comes back as it is; anything else is
//! refused (`not-migratable`).

use crate::digest::APPROVAL_KEY;
use crate::keyset::KeySet;
use crate::refusal::{admit_nesting, InputError, InputErrorKind};
use crate::section::{Area, AreaItemList, AREAS_KEY};
use crate::value::Value;
use std::borrow::Cow;

type Members<'a> = Vec<(Cow<'a, str>, Value<'a>)>;

/// The members of format 1's `about` that move into format 2's `approval`, in their order there.
const MOVED_TO_APPROVAL: [&str; 2] = ["approvedBy", "approvedOn"];

/// What a format-1 document's own top-level `approval` (an unknown field of format 1) is kept
/// as, so that nothing is lost; followed by 2, 3, ... when the document has that key already.
pub const FORMER_APPROVAL: &str = "formerApproval";

/// The format-2 document of a format-1 or format-2 `document` (migration.md). A format-1
/// document whose migration would nest deeper than 64 levels (an item of its strengths or
/// development areas, one level deeper in its `{ id, text }`, nesting 60 levels itself) is
/// refused as too deep, as the migrated document would be: whatever `migrate` gives can be
/// checked and migrated again.
pub fn migrate<'a>(document: &Value<'a>) -> Result<Value<'a>, InputError> {
    let Value::Object(members) = document else {
        return Err(InputErrorKind::NotMigratable.into());
    };
    match document.get("formVersion") {
        Some(Value::Number(v)) if *v == 2.0 => Ok(document.clone()),
        Some(Value::Number(v)) if *v == 1.0 => {
            let migrated = Value::Object(from_format_1(members));
            admit_nesting(migrated.nesting())?;
            Ok(migrated)
        }
        _ => Err(InputErrorKind::NotMigratable.into()),
    }
}

fn from_format_1<'a>(members: &[(Cow<'a, str>, Value<'a>)]) -> Members<'a> {
    let ids = Ids::give(members);
    let mut out = Vec::with_capacity(members.len() + 1);
    let mut approval: Members<'a> = Vec::new();
    for (key, value) in members {
        let migrated = match (key.as_ref(), value) {
            ("formVersion", _) => Value::Number(2.0),
            (AREAS_KEY, Value::Object(areas)) => Value::Object(ids.areas(areas)),
            ("about", Value::Object(about)) => {
                let (kept, moved): (Members<'a>, Members<'a>) = about
                    .iter()
                    .cloned()
                    .partition(|(k, _)| !MOVED_TO_APPROVAL.contains(&k.as_ref()));
                for name in MOVED_TO_APPROVAL {
                    approval.extend(moved.iter().filter(|(k, _)| k == name).cloned());
                }
                Value::Object(kept)
            }
            (APPROVAL_KEY, _) => {
                out.push((Cow::Owned(former_approval_key(members)), value.clone()));
                continue;
            }
            _ => value.clone(),
        };
        out.push((key.clone(), migrated));
    }
    if !approval.is_empty() {
        out.push((Cow::Borrowed(APPROVAL_KEY), Value::Object(approval)));
    }
    out
}

/// `formerApproval`, or the first of `formerApproval2`, `formerApproval3`, ... that the
/// document does not have.
fn former_approval_key(members: &[(Cow<'_, str>, Value<'_>)]) -> String {
    let taken = |key: &str| members.iter().any(|(k, _)| k == key);
    (1..)
        .map(|n| match n {
            1 => FORMER_APPROVAL.to_string(),
            n => format!("{FORMER_APPROVAL}{n}"),
        })
        .find(|key| !taken(key))
        .unwrap_or_default()
}

/// The ids given to the items of each area's strengths and development areas.
struct Ids {
    /// Per area, per list of [`AreaItemList::ALL`]: the ids of its items, in order.
    given: [[Vec<String>; 2]; 3],
}

impl Ids {
    /// `P-Sn` and `P-Dn`, area by area, strengths before development areas, items in order;
    /// `n` the item's place from 1, or the next free number when that id is taken by a
    /// recommendation's id or by an id given before. The ids of one list are its own (each list
    /// has its own prefix and letter), and they rise: an id given before in the list is one at
    /// most the last number given, so the next free number is the first after both the place
    /// and the last number that no recommendation has.
    fn give(members: &[(Cow<'_, str>, Value<'_>)]) -> Ids {
        let taken = recommendation_ids(member(members, "inspection"));
        let mut given: [[Vec<String>; 2]; 3] = Default::default();
        for area in Area::ALL {
            let Some(object @ Value::Object(_)) =
                member(members, AREAS_KEY).and_then(|a| a.get(area.key()))
            else {
                continue;
            };
            for (list_index, list) in AreaItemList::ALL.into_iter().enumerate() {
                let Some(Value::Array(items)) = object.get(list.key()) else {
                    continue;
                };
                let prefix = area.item_id_prefix(list);
                let mut last = 0;
                for place in 1..=items.len() {
                    let (n, id) = (place.max(last + 1)..)
                        .map(|n| (n, format!("{prefix}{n}")))
                        .find(|(_, id)| !taken.contains(id.as_str()))
                        .unwrap_or_default();
                    last = n;
                    given[area.index()][list_index].push(id);
                }
            }
        }
        Ids { given }
    }

    /// The `areas` object with each area's items made `{ id, text }`.
    fn areas<'a>(&self, areas: &[(Cow<'a, str>, Value<'a>)]) -> Members<'a> {
        areas
            .iter()
            .map(|(key, value)| match (Area::from_key(key), value) {
                (Some(area), Value::Object(members)) => {
                    (key.clone(), Value::Object(self.area(area, members)))
                }
                _ => (key.clone(), value.clone()),
            })
            .collect()
    }

    fn area<'a>(&self, area: Area, members: &[(Cow<'a, str>, Value<'a>)]) -> Members<'a> {
        members
            .iter()
            .map(|(key, value)| {
                let list = AreaItemList::ALL.iter().position(|list| key == list.key());
                match (list, value) {
                    (Some(list), Value::Array(items)) => {
                        let ids = &self.given[area.index()][list];
                        let items = items
                            .iter()
                            .zip(ids)
                            .map(|(item, id)| {
                                Value::Object(vec![
                                    (Cow::Borrowed("id"), Value::String(Cow::Owned(id.clone()))),
                                    (Cow::Borrowed("text"), item.clone()),
                                ])
                            })
                            .collect();
                        (key.clone(), Value::Array(items))
                    }
                    _ => (key.clone(), value.clone()),
                }
            })
            .collect()
    }
}

/// The member `key` of an object's members.
fn member<'v, 'a>(members: &'v [(Cow<'a, str>, Value<'a>)], key: &str) -> Option<&'v Value<'a>> {
    members.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// The string ids of `inspection.recommendations`, which a development area must not share.
fn recommendation_ids<'v>(inspection: Option<&'v Value<'_>>) -> KeySet<'v> {
    let recommendations = inspection
        .and_then(|i| i.get("recommendations"))
        .and_then(Value::as_array)
        .unwrap_or_default();
    recommendations
        .iter()
        .filter_map(|r| r.get("id").and_then(Value::as_str))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;
    use crate::stringify::{to_string, Order};

    fn migrated(text: &str) -> Result<String, InputErrorKind> {
        let document = json::parse(text).map_err(|e| e.kind)?;
        migrate(&document)
            .map(|v| to_string(&v, Order::JavaScript))
            .map_err(|e| e.kind)
    }

    #[test]
    fn format_2_comes_back_as_it_is_and_anything_else_is_refused() {
        let doc = r#"{"formVersion":2,"about":{"approvedBy":"x"},"approval":1}"#;
        assert_eq!(migrated(doc), Ok(doc.to_string()));
        for bad in [
            "[]",
            "null",
            "1",
            "{}",
            r#"{"formVersion":"1"}"#,
            r#"{"formVersion":3}"#,
            r#"{"formVersion":1.5}"#,
        ] {
            assert_eq!(migrated(bad), Err(InputErrorKind::NotMigratable), "{bad}");
        }
    }

    #[test]
    fn items_become_objects_with_ids_that_no_recommendation_has() {
        let doc = r#"{"formVersion":1,
            "areas":{"leadership":{"developmentAreas":["c"]},
                     "privateLaw":{"strengths":["a",null,3],"developmentAreas":["b","b2"],"grade":"good"},
                     "publicLaw":{"strengths":"not a list"}},
            "inspection":{"recommendations":[{"id":"PL-D1"},{"id":"LE-D1"},{"id":"PL-D3"}]}}"#;
        assert_eq!(
            migrated(doc),
            Ok(concat!(
                r#"{"formVersion":2,"areas":{"leadership":{"developmentAreas":[{"id":"LE-D2","text":"c"}]},"#,
                r#""privateLaw":{"strengths":[{"id":"PL-S1","text":"a"},{"id":"PL-S2","text":null},{"id":"PL-S3","text":3}],"#,
                r#""developmentAreas":[{"id":"PL-D2","text":"b"},{"id":"PL-D4","text":"b2"}],"grade":"good"},"#,
                r#""publicLaw":{"strengths":"not a list"}},"#,
                r#""inspection":{"recommendations":[{"id":"PL-D1"},{"id":"LE-D1"},{"id":"PL-D3"}]}}"#
            )
            .to_string())
        );
    }

    #[test]
    fn the_approval_moves_out_of_about_and_goes_last() {
        let doc = r#"{"about":{"approvedOn":"2026-05-12","periodStart":"x","approvedBy":null},"formVersion":1,"approval":"old","formerApproval":1,"voice":{}}"#;
        assert_eq!(
            migrated(doc),
            Ok(concat!(
                r#"{"about":{"periodStart":"x"},"formVersion":2,"formerApproval2":"old","formerApproval":1,"voice":{},"#,
                r#""approval":{"approvedBy":null,"approvedOn":"2026-05-12"}}"#
            )
            .to_string())
        );
        // Without approvedBy or approvedOn there is no approval.
        assert_eq!(
            migrated(r#"{"formVersion":1,"about":{}}"#),
            Ok(r#"{"formVersion":2,"about":{}}"#.to_string())
        );
    }

    #[test]
    fn refused_when_the_migrated_document_would_be_too_deep() {
        // A strength nested so that the document is 64 levels deep: its `{ id, text }` makes 65.
        let item = format!("{}{}", "[".repeat(60), "]".repeat(60));
        let doc =
            format!(r#"{{"formVersion":1,"areas":{{"privateLaw":{{"strengths":[{item}]}}}}}}"#);
        assert!(json::parse(&doc).is_ok(), "64 levels are accepted");
        assert_eq!(migrated(&doc), Err(InputErrorKind::TooDeep));
        let shallower = format!(
            r#"{{"formVersion":1,"areas":{{"privateLaw":{{"strengths":[{}]}}}}}}"#,
            &item[1..item.len() - 1]
        );
        assert!(migrated(&shallower).is_ok());
    }

    #[test]
    fn idempotent() {
        let doc = r#"{"formVersion":1,"areas":{"publicLaw":{"strengths":["a"]}},"about":{"approvedBy":"b"}}"#;
        let once = migrated(doc).unwrap_or_default();
        assert_eq!(migrated(&once), Ok(once.clone()));
    }
}
