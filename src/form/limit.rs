//! A field's limit: the most words or characters its text may have.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS))]
#[cfg_attr(test, serde(rename_all = "camelCase"))]
pub enum LimitUnit {
    Words,
    Characters,
}

impl LimitUnit {
    /// As the form definition writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            LimitUnit::Words => "words",
            LimitUnit::Characters => "characters",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS), ts(rename = "FieldLimit"))]
pub struct Limit {
    pub max: usize,
    pub unit: LimitUnit,
}
