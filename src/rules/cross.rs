//! The cross-field rules, each reported at one field right after that field's own checks
//! (rules.md, "Order within a section"): dates against each other, evidence and its use,
//! grades, measures and the audit. Where two rules report at one field, they come in the
//! order of rules.md's table of codes.

use super::values::{
    grade_rank, measure_number_in_range, valid_count, valid_date, valid_id, valid_option,
};
use super::{
    messages, Checker, Item, ACTION_HORIZON_DAYS, EVIDENCE_BEFORE_PERIOD_DAYS,
    INSPECTION_OVERDUE_DAYS, LATE_SHARING_DAYS, PERIOD_DAYS, SMALL_NUMBERS,
};
use crate::code::Code;
use crate::form::{CrossRule, Field, STATUSES, UNITS};
use crate::section::{Area, AREAS_KEY};
use crate::value::Value;

/// The unit of a measure that counts people or cases, whose small values can identify a child.
const COUNT_UNIT: &str = "count";

/// The numbers of a measure that are published (its `target` is a goal, not a count of anyone).
const SMALL_NUMBER_FIELDS: [&str; 2] = ["value", "previous"];

impl<'d> Checker<'d> {
    pub(super) fn cross_rule(
        &mut self,
        rule: CrossRule,
        field: &'static Field,
        item: Option<Item<'d>>,
    ) {
        let f = &self.facts;
        match rule {
            CrossRule::PeriodEnd => {
                if let (Some(start), Some(end)) = (f.period_start, f.period_end) {
                    if end <= start {
                        self.report(Code::DateOrder, messages::PERIOD_ORDER.to_string());
                    } else {
                        let days = end - start + 1;
                        if !PERIOD_DAYS.contains(&days) {
                            self.report(Code::PeriodLength, messages::period_length(days));
                        }
                    }
                }
            }
            CrossRule::ShareBy => {
                let (share, approved, end) = (f.share_by, f.approved_on, f.period_end);
                if let (Some(approved), Some(share)) = (approved, share) {
                    if share < approved {
                        self.report(Code::DateOrder, messages::SHARE_ORDER.to_string());
                    }
                }
                if let (Some(end), Some(share)) = (end, share) {
                    if share - end > LATE_SHARING_DAYS {
                        self.report(Code::LateSharing, messages::late_sharing());
                    }
                }
            }
            CrossRule::EngagementMeeting => {
                if let (Some(meeting), Some(share)) = (f.engagement_meeting, f.share_by) {
                    if meeting < share {
                        self.report(
                            Code::MeetingBeforeSharing,
                            messages::MEETING_BEFORE_SHARING.to_string(),
                        );
                    }
                }
            }
            CrossRule::PreviousPeriodEnd => {
                if let (Some(previous), Some(start)) = (f.previous_period_end, f.period_start) {
                    if previous >= start {
                        self.report(Code::DateOrder, messages::PREVIOUS_ORDER.to_string());
                    }
                }
            }
            CrossRule::LastInspection => {
                let (last, approved, share) = (f.last_inspection, f.approved_on, f.share_by);
                if let (Some(last), Some(approved)) = (last, approved) {
                    if last > approved {
                        self.report(Code::DateOrder, messages::INSPECTION_ORDER.to_string());
                    }
                }
                if let (Some(last), Some(share)) = (last, share) {
                    if share - last > INSPECTION_OVERDUE_DAYS {
                        self.report(Code::InspectionOverdue, messages::inspection_overdue());
                    }
                }
            }
            CrossRule::RecommendationId => self.recommendation_id(item),
            CrossRule::DevelopmentAreaId(_) => self.development_area_id(item),
            CrossRule::AreaGrade(area) => self.area_grade(area),
            CrossRule::EvidenceId => self.evidence_id(item),
            CrossRule::EvidenceDate => self.evidence_date(item),
            CrossRule::ActionDue => self.action_due(item),
            CrossRule::MeasureNumber => {
                let Some(item) = item else { return };
                let unit = valid_option(item.value.get("unit"), UNITS);
                if let Some(n) = item.value.get(field.key).and_then(Value::as_f64) {
                    if !measure_number_in_range(n, unit) {
                        self.report(Code::OutOfRange, messages::out_of_range(field, unit));
                    } else if unit == Some(COUNT_UNIT)
                        && SMALL_NUMBER_FIELDS.contains(&field.key)
                        && SMALL_NUMBERS.contains(&n)
                    {
                        self.report(Code::SmallNumber, messages::small_number());
                    }
                }
            }
            // Reached only inside an `audit` object.
            CrossRule::CasesAudited => self.audit_total(),
            CrossRule::ApprovedOn => self.approved_on(),
            CrossRule::ApprovalDigest => self.approval_digest(),
            CrossRule::AcknowledgementCode => self.acknowledgement_code(item),
            // Rules on lists, run by the walk over the list.
            CrossRule::AreaEvidence(_)
            | CrossRule::DevelopmentAreas(_)
            | CrossRule::ActionAddresses => {}
        }
    }

    fn area_grade(&mut self, area: Area) {
        let Some(own) = self.current_area_grade(area) else {
            return;
        };
        self.action_required(area, own);
        if let Some(ofsted) = self.facts.ofsted_grades[area.index()] {
            if own >= ofsted + 2 {
                self.report(Code::GradeJump, messages::grade_jump(area, own - ofsted));
            }
        }
    }

    fn current_area_grade(&self, area: Area) -> Option<usize> {
        let areas = self.document.get(AREAS_KEY)?;
        grade_rank(areas.get(area.key())?.get("grade"))
    }

    /// `unused-evidence` at an evidence item's valid, first-used id.
    fn evidence_id(&mut self, item: Option<Item<'d>>) {
        let f = &self.facts;
        let Some(item) = item else { return };
        if valid_id(item.value.get("id")).is_none() {
            return;
        }
        // The register is this list: its id is first used here unless the list used it before.
        let cited = f
            .cited
            .as_ref()
            .map(|cited| cited.get(item.index) == Some(&true));
        if !item.later_use && cited == Some(false) {
            self.report(Code::UnusedEvidence, messages::UNUSED_EVIDENCE.to_string());
        }
    }

    /// `evidence-date` (too old, or after sharing when not already after the approval), then
    /// `evidence-after-approval`.
    fn evidence_date(&mut self, item: Option<Item<'d>>) {
        let f = &self.facts;
        let Some(date) = item.and_then(|i| valid_date(i.value.get("date"))) else {
            return;
        };
        let after_approval = f.approved_on.is_some_and(|approved| date > approved);
        let too_old = f
            .period_start
            .is_some_and(|start| start - date > EVIDENCE_BEFORE_PERIOD_DAYS);
        let too_late = !after_approval && f.share_by.is_some_and(|share| date > share);
        if too_old || too_late {
            self.report(Code::EvidenceDate, messages::evidence_date(too_old));
        }
        if after_approval {
            self.report(
                Code::EvidenceAfterApproval,
                messages::EVIDENCE_AFTER_APPROVAL.to_string(),
            );
        }
    }

    fn action_due(&mut self, item: Option<Item<'d>>) {
        let f = &self.facts;
        let Some(item) = item else { return };
        let Some(due) = valid_date(item.value.get("due")) else {
            return;
        };
        let too_far = f
            .share_by
            .is_some_and(|share| due - share > ACTION_HORIZON_DAYS);
        let overdue = f.approved_on.is_some_and(|approved| due < approved)
            && valid_option(item.value.get("status"), STATUSES).is_some_and(|s| s != "completed");
        if too_far || overdue {
            self.report(Code::ActionHorizon, messages::action_horizon(too_far));
        }
    }

    fn audit_total(&mut self) {
        let Some(audit) = self.document.get("audit") else {
            return;
        };
        let counts: Option<Vec<f64>> = [
            "casesAudited",
            "outstanding",
            "good",
            "requiresImprovement",
            "inadequate",
        ]
        .iter()
        .map(|k| valid_count(audit.get(k)))
        .collect();
        if let Some(counts) = counts {
            if counts[1] + counts[2] + counts[3] + counts[4] != counts[0] {
                self.report(Code::AuditTotal, messages::AUDIT_TOTAL.to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::json;
    use crate::rules::validate;

    /// `code path` of each diagnostic of `text` but `required`.
    fn found(text: &str) -> Vec<String> {
        let doc = json::parse(text).unwrap_or(crate::Value::Null);
        validate(&doc)
            .diagnostics
            .into_iter()
            .filter(|d| d.code.as_str() != "required" && d.code.as_str() != "declaration-required")
            .map(|d| format!("{} {}", d.code, d.path))
            .collect()
    }

    #[test]
    fn the_reporting_year() {
        let about = |share: &str| {
            format!(
                r#"{{"formVersion":2,"about":{{"periodStart":"2025-04-01","periodEnd":"2026-03-31","shareBy":"{share}"}},"previous":{{"periodEnd":"2025-04-01"}}}}"#
            )
        };
        // 183 days after the end is not late; 184 is. Last year's period must end before.
        assert_eq!(
            found(&about("2026-09-30")),
            ["date-order /previous/periodEnd"]
        );
        assert_eq!(
            found(&about("2026-10-01")),
            [
                "late-sharing /about/shareBy",
                "date-order /previous/periodEnd"
            ]
        );
    }

    #[test]
    fn evidence_dated_after_the_approval() {
        let doc = |date: &str| {
            format!(
                r#"{{"formVersion":2,"about":{{"periodStart":"2025-04-01","shareBy":"2026-05-29"}},"evidence":[{{"date":"{date}"}}],"approval":{{"approvedOn":"2026-05-12"}}}}"#
            )
        };
        let dates = |date| {
            found(&doc(date))
                .into_iter()
                .filter(|d| d.ends_with("/date"))
                .collect::<Vec<_>>()
        };
        assert!(dates("2026-05-12").is_empty());
        assert_eq!(
            dates("2026-05-13"),
            ["evidence-after-approval /evidence/0/date"]
        );
        assert_eq!(
            dates("2026-06-01"),
            ["evidence-after-approval /evidence/0/date"]
        );
        assert_eq!(dates("2024-09-29"), ["evidence-date /evidence/0/date"]);
    }
}
