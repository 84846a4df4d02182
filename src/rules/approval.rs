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

#[cfg(test)]
mod tests {
    use crate::digest::content_digest;
    use crate::json;
    use crate::rules::validate;

    /// The codes of the approval section's diagnostics for `text`.
    fn approval_codes(text: &str) -> Vec<&'static str> {
        let doc = json::parse(text).unwrap_or(crate::Value::Null);
        validate(&doc)
            .diagnostics
            .into_iter()
            .filter(|d| d.section == crate::SectionId::Approval && d.path != "/approval/approvedBy")
            .map(|d| d.code.as_str())
            .collect()
    }

    #[test]
    fn the_digest_binds_the_approval_to_what_was_approved() {
        let content = r#"{"formVersion":2,"about":{"periodEnd":"2026-03-31"}}"#;
        let digest = content_digest(&json::parse(content).unwrap_or(crate::Value::Null));
        let approved = |on: &str, digest: &str| {
            format!(
                r#"{{"formVersion":2,"about":{{"periodEnd":"2026-03-31"}},"approval":{{"approvedOn":"{on}","digest":"{digest}"}}}}"#
            )
        };
        assert!(approval_codes(&approved("2026-05-12", &digest)).is_empty());
        // Another document's digest.
        let other = digest.replace(&digest[..1], if &digest[..1] == "0" { "1" } else { "0" });
        assert_eq!(
            approval_codes(&approved("2026-05-12", &other)),
            ["approval-changed"]
        );
        // Not a digest: that is said, and nothing is compared.
        assert_eq!(
            approval_codes(&approved("2026-05-12", "abc")),
            ["invalid-digest"]
        );
        // Approved before the period ended.
        assert_eq!(
            approval_codes(&approved("2026-03-30", &digest)),
            ["approval-before-period-end"]
        );
        assert!(approval_codes(&approved("2026-03-31", &digest)).is_empty());
    }
}
