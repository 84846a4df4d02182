//! The golden thread (rules.md, "The golden thread"): every weakness and every Ofsted
//! recommendation leads to an action. What can be addressed is one namespace of ids, read in
//! this order: the recommendations, then the development areas of each area; an action's
//! `addresses` names ids of it.

use super::values::{
    grade_label, readable_list, readable_object, valid_id, valid_option, REQUIRES_IMPROVEMENT,
};
use super::{messages, Checker, Item};
use crate::code::Code;
use crate::form::{DEVELOPMENT_AREA_STATUSES, STATUSES};
use crate::keyset::{later_uses, KeySet};
use crate::section::{Area, AREAS_KEY};
use crate::value::Value;

/// The completed status of a recommendation, which needs no action.
const COMPLETED: &str = "completed";

/// The status of a development area that is no longer a weakness.
const RESOLVED: &str = "resolved";

pub(super) struct Thread<'d> {
    /// Every valid id of the namespace.
    first_use: KeySet<'d>,
    /// Whether everything that can be addressed is known: no `inspection`, recommendations,
    /// `areas`, area or development areas of the wrong type or over 500 items.
    known: bool,
    /// Per area: its development areas can be read (missing or empty counts: none).
    readable: [bool; 3],
    /// Per area, per development area: its valid id was used before in the namespace.
    later: [Vec<bool>; 3],
    /// Per area: the valid, first-used ids of its development areas that are not resolved
    /// (docs/spec/yearly.md: a resolved development area needs no action).
    first_ids: [Vec<&'d str>; 3],
    /// Per id of the namespace (at its rank in `first_use`): whether an action addresses it;
    /// `None` when what is addressed cannot be known (`actions` or an action's `addresses` of
    /// the wrong type or over 500 items). Only ids of the namespace are asked about, and an
    /// address outside it names nothing (`unknown-reference`).
    addressed: Option<Vec<bool>>,
}

impl<'d> Thread<'d> {
    pub fn gather(document: &'d Value<'d>) -> Thread<'d> {
        let mut known = true;
        // The namespace's valid ids in its order, and each readable area's development areas
        // with where their ids start in it.
        let mut ids: Vec<Option<&'d str>> = Vec::new();
        let mut lists: [Option<(usize, &'d [Value<'d>])>; 3] = Default::default();
        let recommendations = readable_object(document.get("inspection")).and_then(|inspection| {
            readable_list(inspection.and_then(|i| i.get("recommendations")))
        });
        match recommendations {
            Some(items) => ids.extend(items.iter().map(|item| valid_id(item.get("id")))),
            None => known = false,
        }
        let areas = readable_object(document.get(AREAS_KEY));
        for area in Area::ALL {
            let list = areas.and_then(|areas| {
                readable_object(areas.and_then(|a| a.get(area.key())))
                    .and_then(|area| readable_list(area.and_then(|a| a.get("developmentAreas"))))
            });
            let Some(items) = list else {
                known = false;
                continue;
            };
            lists[area.index()] = Some((ids.len(), items));
            ids.extend(items.iter().map(|item| valid_id(item.get("id"))));
        }
        let later = later_uses(ids.iter().copied());
        let first_use: KeySet = ids.iter().flatten().copied().collect();
        let mut thread = Thread {
            addressed: addressed(document.get("actions"), &first_use),
            first_use,
            known,
            readable: [false; 3],
            later: Default::default(),
            first_ids: Default::default(),
        };
        for (index, list) in lists.into_iter().enumerate() {
            let Some((start, items)) = list else {
                continue;
            };
            let range = start..start + items.len();
            let (Some(ids), Some(later)) = (ids.get(range.clone()), later.get(range)) else {
                continue;
            };
            thread.readable[index] = true;
            thread.later[index] = later.to_vec();
            thread.first_ids[index] = items
                .iter()
                .zip(ids)
                .zip(later)
                .filter(|((item, _), &later)| !later && !is_resolved(item))
                .filter_map(|((_, id), _)| *id)
                .collect();
        }
        thread
    }

    /// For each development area of `area`: whether its id was used before in the namespace.
    pub fn later_uses(&self, area: Area) -> &[bool] {
        &self.later[area.index()]
    }

    /// Whether some action addresses `id`; `None` when that cannot be known.
    fn is_addressed(&self, id: &str) -> Option<bool> {
        let addressed = self.addressed.as_ref()?;
        Some(self.first_use.rank(id).and_then(|at| addressed.get(at)) == Some(&true))
    }
}

/// Whether a development area is marked resolved: its `status` is exactly `resolved` (absent,
/// `open` or anything else is still a weakness).
pub fn is_resolved(item: &Value<'_>) -> bool {
    item.get("status").and_then(Value::as_str) == Some(RESOLVED)
        && DEVELOPMENT_AREA_STATUSES
            .iter()
            .any(|c| c.value == RESOLVED)
}

/// Per id of `namespace`, by rank: whether an action's valid address names it; `None` when
/// `actions`, or any action's `addresses`, is of the wrong type or over 500 items.
fn addressed(actions: Option<&Value<'_>>, namespace: &KeySet<'_>) -> Option<Vec<bool>> {
    let mut addressed = vec![false; namespace.len()];
    for action in readable_list(actions)? {
        if let Value::Object(_) = action {
            for address in readable_list(action.get("addresses"))? {
                let at = valid_id(Some(address)).and_then(|id| namespace.rank(id));
                if let Some(flag) = at.and_then(|at| addressed.get_mut(at)) {
                    *flag = true;
                }
            }
        }
    }
    Some(addressed)
}

impl<'d> Checker<'d> {
    /// `recommendation-unaddressed` at a recommendation's `id`.
    pub(super) fn recommendation_id(&mut self, item: Option<Item<'d>>) {
        let Some(item) = item.filter(|i| !i.later_use) else {
            return;
        };
        let Some(id) = valid_id(item.value.get("id")) else {
            return;
        };
        let open = valid_option(item.value.get("status"), STATUSES).is_some_and(|s| s != COMPLETED);
        if open && self.facts.thread.is_addressed(id) == Some(false) {
            self.report(
                Code::RecommendationUnaddressed,
                messages::RECOMMENDATION_UNADDRESSED.to_string(),
            );
        }
    }

    /// `development-area-unaddressed` at a development area's `id`.
    pub(super) fn development_area_id(&mut self, item: Option<Item<'d>>) {
        let Some(item) = item.filter(|i| !i.later_use) else {
            return;
        };
        let Some(id) = valid_id(item.value.get("id")) else {
            return;
        };
        if !is_resolved(item.value) && self.facts.thread.is_addressed(id) == Some(false) {
            self.report(
                Code::DevelopmentAreaUnaddressed,
                messages::DEVELOPMENT_AREA_UNADDRESSED.to_string(),
            );
        }
    }

    /// `action-required` at an area's own grade, of rank `own`: graded down, and none of its
    /// development areas that are not resolved addressed.
    pub(super) fn action_required(&mut self, area: Area, own: usize) {
        let thread = &self.facts.thread;
        let index = area.index();
        if own > REQUIRES_IMPROVEMENT || !thread.readable[index] {
            return;
        }
        if thread.addressed.is_none() {
            return;
        }
        if !thread.first_ids[index]
            .iter()
            .any(|id| thread.is_addressed(id) == Some(true))
        {
            self.report(
                Code::ActionRequired,
                messages::action_required(area, grade_label(own)),
            );
        }
    }

    /// `unknown-reference` at an action's address: a valid, first-used id that nothing
    /// addressable has, when what can be addressed is known.
    pub(super) fn address_names_nothing(&self, id: &str) -> bool {
        let thread = &self.facts.thread;
        thread.known && !thread.first_use.contains(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json;

    fn thread_of(text: &str) -> (bool, Option<usize>, [Vec<bool>; 3]) {
        let doc = json::parse(text).unwrap_or(Value::Null);
        let t = Thread::gather(&doc);
        (
            t.known,
            t.addressed
                .as_ref()
                .map(|a| a.iter().filter(|&&addressed| addressed).count()),
            t.later.clone(),
        )
    }

    #[test]
    fn one_namespace_recommendations_first() {
        let (known, addressed, later) = thread_of(
            r#"{"inspection": {"recommendations": [{"id": "R1"}, {"id": "D1"}]},
                "areas": {"privateLaw": {"developmentAreas": [{"id": "D1"}, {"id": "D2"}]},
                          "leadership": {"developmentAreas": [{"id": "D2"}, {"id": "bad id"}, null]}},
                "actions": [{"addresses": ["R1", "D2", "D2", "x y"]}, "not an action"]}"#,
        );
        assert!(known);
        assert_eq!(addressed, Some(2));
        assert_eq!(later, [vec![true, false], vec![], vec![true, false, false]]);
    }

    #[test]
    fn wrong_types_leave_it_unknown() {
        let (known, addressed, _) =
            thread_of(r#"{"inspection": [], "actions": [{"addresses": "R1"}]}"#);
        assert!(!known);
        assert_eq!(addressed, None);
        let (known, addressed, _) = thread_of(r#"{"areas": {"publicLaw": 1}, "actions": {}}"#);
        assert!(!known);
        assert_eq!(addressed, None);
        let (known, addressed, _) = thread_of(r#"{"actions": [{"addresses": null}, {}]}"#);
        assert!(known);
        assert_eq!(addressed, Some(0));
    }
}
