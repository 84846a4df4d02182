//! The approval (rules.md, "The approval"): approved after the year it covers, and bound to
//! the text approved by the content digest of the document.

use super::values::object_get;
use super::{messages, Checker};
use crate::code::Code;
use crate::digest::{content_digest, is_digest, APPROVAL_KEY};
use crate::value::Value;

impl Checker<'_> {
    /// `approval-before-period-end` at `approval.approvedOn`.
    pub(super) fn approved_on(&mut self) {
        let f = &self.facts;
        if let (Some(approved), Some(end)) = (f.approved_on, f.period_end) {
            if approved < end {
                self.report(
                    Code::ApprovalBeforePeriodEnd,
                    messages::APPROVAL_BEFORE_PERIOD_END.to_string(),
                );
            }
        }
    }

    /// `approval-changed` at `approval.digest`: a valid digest that is not the document's
    /// content digest, whatever else the report says.
    pub(super) fn approval_digest(&mut self) {
        let digest = object_get(self.document.get(APPROVAL_KEY), "digest").and_then(Value::as_str);
        let Some(digest) = digest.filter(|d| is_digest(d)) else {
            return;
        };
        if digest != content_digest(self.document) {
            self.report(
                Code::ApprovalChanged,
                messages::APPROVAL_CHANGED.to_string(),
            );
        }
    }
}
