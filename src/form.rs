//! The form definition (WIP).
use serde::Serialize;
#[derive(Debug, Serialize)]
pub struct FormDefinition {}
pub fn form_definition() -> &'static FormDefinition {
    static DEF: FormDefinition = FormDefinition {};
    &DEF
}
