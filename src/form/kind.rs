//! The kinds of value a field holds (document.md, "Kinds of value"), as the form definition
//! names them.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(test, derive(serde::Serialize, ts_rs::TS), ts(rename = "FieldKind"))]
#[cfg_attr(test, serde(rename_all = "camelCase"))]
pub enum Kind {
    Text,
    Line,
    Date,
    Option,
    Id,
    /// A SHA-256 digest: 64 of `0-9 a-f`.
    Digest,
    /// A JSON Pointer (RFC 6901).
    Pointer,
    Count,
    Number,
    YesNo,
    Object,
    IdList,
    ObjectList,
}

impl Kind {
    /// As the form definition writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Line => "line",
            Kind::Date => "date",
            Kind::Option => "option",
            Kind::Id => "id",
            Kind::Digest => "digest",
            Kind::Pointer => "pointer",
            Kind::Count => "count",
            Kind::Number => "number",
            Kind::YesNo => "yesNo",
            Kind::Object => "object",
            Kind::IdList => "idList",
            Kind::ObjectList => "objectList",
        }
    }

    pub fn is_list(self) -> bool {
        matches!(self, Kind::IdList | Kind::ObjectList)
    }

    /// Kinds whose JSON value is a string.
    pub fn is_string(self) -> bool {
        matches!(
            self,
            Kind::Text
                | Kind::Line
                | Kind::Date
                | Kind::Option
                | Kind::Id
                | Kind::Digest
                | Kind::Pointer
        )
    }
}
