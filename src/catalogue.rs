//! The catalogue of every code in rules.md (WIP).
use crate::report::Severity;
use serde::Serialize;

#[derive(Clone, Debug, Serialize)]
pub struct RuleInfo {
    pub code: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    pub description: &'static str,
}

pub fn rule_catalogue() -> &'static [RuleInfo] {
    &[]
}
