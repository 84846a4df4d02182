//! The grades of the two years: each area's own grade and Ofsted's, and the practice audit's
//! cases graded good or better.

use super::readings::{count, ofsted_grade, own_grade, rank};
use super::{change, Pair};
use crate::form::GRADES;
use crate::json_write::{Object, WriteJson};
use crate::section::Area;
use crate::value::Value;

/// Each area's own grade and Ofsted's, in both years, and how the own grade changed.
pub(super) fn areas(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
    out.push('[');
    for area in Area::ALL {
        if area != Area::ALL[0] {
            out.push(',');
        }
        let (before, after) = (own_grade(previous, area), own_grade(current, area));
        Object::new(out)
            .member("area", area.key())
            .member("grade", &Pair(before, after))
            .member(
                "ofsted",
                &Pair(ofsted_grade(previous, area), ofsted_grade(current, area)),
            )
            .member("change", change(rank(before), rank(after), Some(true)))
            .end();
    }
    out.push(']');
}

/// One year's audit: cases audited, how many were graded good or better, and their share.
struct AuditYear {
    cases: Option<f64>,
    good_or_better: Option<f64>,
    share: Option<f64>,
}

impl AuditYear {
    fn of(document: &Value<'_>) -> AuditYear {
        let audit = document.get("audit");
        let field = |key: &str| count(audit.and_then(|a| a.get(key)));
        let cases = field("casesAudited");
        let sum = |a: Option<f64>, b: Option<f64>| a.zip(b).map(|(a, b)| a + b);
        // The grades from the best: the first two are good or better.
        let grade = |at: usize| field(GRADES[at].value);
        let good_or_better = sum(grade(0), grade(1));
        let all = sum(sum(good_or_better, grade(2)), grade(3));
        let share = match (cases, good_or_better, all) {
            (Some(cases), Some(good), Some(all)) if cases > 0.0 && all == cases => {
                Some(good / cases)
            }
            _ => None,
        };
        AuditYear {
            cases,
            good_or_better,
            share,
        }
    }
}

impl WriteJson for AuditYear {
    fn write_json(&self, out: &mut String) {
        Object::new(out)
            .member("casesAudited", &self.cases)
            .member("goodOrBetter", &self.good_or_better)
            .member("share", &self.share)
            .end();
    }
}

pub(super) fn audit(out: &mut String, previous: &Value<'_>, current: &Value<'_>) {
    let (before, after) = (AuditYear::of(previous), AuditYear::of(current));
    let change = change(before.share, after.share, Some(true));
    Object::new(out)
        .member("previous", &before)
        .member("current", &after)
        .member("change", change)
        .end();
}
