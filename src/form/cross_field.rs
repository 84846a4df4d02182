//! What the rules check at a field beyond its own value: when a field that is not always
//! required becomes required, and the cross-field rules reported at it (src/rules/cross.rs and
//! its neighbours).

use crate::section::Area;

/// When a field that is not always required becomes required.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    /// `inspection.monitoring`: a last grade is `inadequate`.
    LastGradeInadequate,
    /// A measure's `better`: its `target` or its `previous` value is valid.
    TargetOrPreviousGiven,
    /// A measure's `commentary`: its value is worse than its target or than last year's.
    WorseThanTargetOrPrevious,
}

/// Rules that look beyond the field itself, run right after the field's own checks so that
/// their diagnostics land in form order (rules.md, "Order within a section").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CrossRule {
    PeriodEnd,
    ShareBy,
    EngagementMeeting,
    /// `previous.periodEnd`: before this year's `periodStart`.
    PreviousPeriodEnd,
    LastInspection,
    /// A recommendation's `id`: addressed by an action (the golden thread).
    RecommendationId,
    AreaEvidence(Area),
    /// An area's `developmentAreas`: their ids share one namespace with the recommendations'.
    DevelopmentAreas(Area),
    /// A development area's `id`: addressed by an action (the golden thread).
    DevelopmentAreaId(Area),
    AreaGrade(Area),
    EvidenceId,
    EvidenceDate,
    /// An action's `addresses`: ids of development areas and recommendations.
    ActionAddresses,
    ActionDue,
    /// A measure's `value`, `target` or `previous`: its range depends on the measure's `unit`.
    MeasureNumber,
    CasesAudited,
    ApprovedOn,
    ApprovalDigest,
    /// An acknowledgement's `code`: a warning's, not an error's.
    AcknowledgementCode,
}
