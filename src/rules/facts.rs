//! What the cross-field rules need from the whole document, gathered before the walk (an area
//! cites evidence that comes later in the form; a development area is addressed by an action
//! further down).

use super::golden_thread::Thread;
use super::time::Day;
use super::values::{
    grade_rank, object_get, present, readable_list, valid_date, valid_id, valid_option, INADEQUATE,
};
use crate::digest::APPROVAL_KEY;
use crate::form::{EVIDENCE_KINDS, QUANTITATIVE_KIND};
use crate::keyset::KeySet;
use crate::section::{Area, AREAS_KEY};
use crate::value::Value;

/// The evidence register as references see it: only valid, first-used ids take part.
pub(super) struct Register<'d> {
    /// Each valid id with the index of its first use.
    pub first_use: KeySet<'d>,
    /// Per item: `Some(true)` when its kind is qualitative, `None` when its kind is invalid.
    pub qualitative: Vec<Option<bool>>,
}

pub(super) struct Facts<'d> {
    pub period_start: Option<Day>,
    pub period_end: Option<Day>,
    pub share_by: Option<Day>,
    pub engagement_meeting: Option<Day>,
    pub previous_period_end: Option<Day>,
    pub last_inspection: Option<Day>,
    /// `approval.approvedOn`.
    pub approved_on: Option<Day>,
    pub ofsted_grades: [Option<usize>; 3],
    pub monitoring_needed: bool,
    /// `None` when `evidence` is of the wrong type or too long: the reference rules stop.
    pub register: Option<Register<'d>>,
    /// Per item of the register: whether some area cites its id (marked at the id's first
    /// use); `None` when what is cited cannot be known, or there is no register.
    pub cited: Option<Vec<bool>>,
    /// What can be addressed, and what actions address.
    pub thread: Thread<'d>,
}

impl<'d> Facts<'d> {
    pub fn gather(document: &'d Value<'d>) -> Facts<'d> {
        let about = document.get("about");
        let date = |key| valid_date(object_get(about, key));
        let inspection = document.get("inspection");
        let grades = object_get(inspection, "grades");
        let ofsted_grades = Area::ALL.map(|a| grade_rank(object_get(grades, a.key())));
        let register = readable_list(document.get("evidence")).map(Register::gather);
        Facts {
            cited: register
                .as_ref()
                .and_then(|register| cited(document.get(AREAS_KEY), register)),
            register,
            period_start: date("periodStart"),
            period_end: date("periodEnd"),
            share_by: date("shareBy"),
            engagement_meeting: date("engagementMeeting"),
            previous_period_end: valid_date(object_get(document.get("previous"), "periodEnd")),
            last_inspection: valid_date(object_get(inspection, "lastInspection")),
            approved_on: valid_date(object_get(document.get(APPROVAL_KEY), "approvedOn")),
            monitoring_needed: ofsted_grades.contains(&Some(INADEQUATE)),
            ofsted_grades,
            thread: Thread::gather(document),
        }
    }
}

/// Per item of the register: whether its id, where first used, is one the areas' `evidence`
/// lists cite; `None` when `areas`, an area or a list is of the wrong type or too long (what is
/// cited cannot be known).
fn cited(areas: Option<&Value<'_>>, register: &Register<'_>) -> Option<Vec<bool>> {
    let mut cited = vec![false; register.qualitative.len()];
    let areas = match present(areas) {
        None => return Some(cited),
        Some(areas @ Value::Object(_)) => areas,
        Some(_) => return None,
    };
    for area in Area::ALL {
        let evidence = match present(areas.get(area.key())) {
            None => continue,
            Some(area @ Value::Object(_)) => area.get("evidence"),
            Some(_) => return None,
        };
        for reference in readable_list(evidence)? {
            let first = valid_id(Some(reference)).and_then(|id| register.first_use.get(id));
            if let Some(flag) = first.and_then(|at| cited.get_mut(at)) {
                *flag = true;
            }
        }
    }
    Some(cited)
}

impl<'d> Register<'d> {
    fn gather(items: &'d [Value<'d>]) -> Register<'d> {
        let mut ids = Vec::new();
        let mut qualitative = Vec::with_capacity(items.len());
        for (index, item) in items.iter().enumerate() {
            if let Some(id) = valid_id(item.get("id")) {
                ids.push((id, index));
            }
            qualitative.push(
                valid_option(item.get("kind"), EVIDENCE_KINDS).map(|k| k != QUANTITATIVE_KIND),
            );
        }
        Register {
            first_use: KeySet::numbered(ids),
            qualitative,
        }
    }
}
