//! The eleven sections of the form (document.md, "Sections, in form order") and the three
//! judgement areas, written once: the form definition, the rules and the report use these.

/// The table: each row is a variant, its id and its title, in form order.
macro_rules! sections {
    ($($variant:ident = $id:literal, $title:literal;)*) => {
        /// The eleven sections of the form, in form order.
        // A variant's discriminant is its place in form order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[cfg_attr(test, derive(ts_rs::TS))]
        pub enum SectionId {
            $(#[cfg_attr(test, ts(rename = $id))] $variant,)*
        }

        impl SectionId {
            /// The eleven sections, in form order.
            pub const ALL: [SectionId; [$($id),*].len()] = [$(SectionId::$variant,)*];

            /// The id as a report and the form definition write it: `about`, `privateLaw`, ...
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(SectionId::$variant => $id,)*
                }
            }

            pub const fn title(self) -> &'static str {
                match self {
                    $(SectionId::$variant => $title,)*
                }
            }
        }
    };
}

sections! {
    About = "about", "About this self-evaluation";
    Inspection = "inspection", "Inspection context";
    PrivateLaw = "privateLaw", "Private law practice";
    PublicLaw = "publicLaw", "Public law practice";
    Leadership = "leadership", "The impact of leaders on practice with children and families";
    Voice = "voice", "Children's and families' voice";
    Evidence = "evidence", "Evidence";
    Actions = "actions", "Improvement plan";
    Performance = "performance", "Performance and audit data";
    Declarations = "declarations", "Before sharing";
    Approval = "approval", "Approval";
}

/// How many sections there are.
pub const SECTIONS: usize = SectionId::ALL.len();

impl SectionId {
    /// Its place in form order, from 0.
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The judgement area this section holds, if it is one of the three.
    pub const fn area(self) -> Option<Area> {
        match self {
            SectionId::PrivateLaw => Some(Area::PrivateLaw),
            SectionId::PublicLaw => Some(Area::PublicLaw),
            SectionId::Leadership => Some(Area::Leadership),
            _ => None,
        }
    }

    /// Where the section's members live: inside `areas` for the three judgement areas, at the
    /// top level for the others.
    pub const fn parent(self) -> &'static str {
        match self.area() {
            Some(_) => AREAS_KEY_POINTER,
            None => "",
        }
    }
}

crate::json_write::write_as_str!(SectionId);

/// The reference for the section's text in tests (src/json_write.rs), and for the report in the
/// never-shipped `boundary-variants` build (src/wasm.rs).
#[cfg(any(test, feature = "boundary-variants"))]
impl serde::Serialize for SectionId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

macro_rules! areas_key {
    () => {
        "areas"
    };
}

/// The top-level key that holds the three judgement areas.
pub const AREAS_KEY: &str = areas_key!();
const AREAS_KEY_POINTER: &str = concat!("/", areas_key!());

/// Which of the three judgement areas. Each is a section, and its key inside `areas` (and its
/// value as an action's or a measure's `area`) is that section's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    PrivateLaw,
    PublicLaw,
    Leadership,
}

impl Area {
    pub const ALL: [Area; 3] = [Area::PrivateLaw, Area::PublicLaw, Area::Leadership];

    pub const fn section(self) -> SectionId {
        match self {
            Area::PrivateLaw => SectionId::PrivateLaw,
            Area::PublicLaw => SectionId::PublicLaw,
            Area::Leadership => SectionId::Leadership,
        }
    }

    /// Its key inside `areas`, the id of its section.
    pub const fn key(self) -> &'static str {
        self.section().as_str()
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// How messages name the area ("Public law practice is graded ...").
    pub fn short_name(self) -> &'static str {
        match self {
            Area::PrivateLaw => "private law practice",
            Area::PublicLaw => "public law practice",
            Area::Leadership => "the impact of leaders",
        }
    }

    /// What the area's three questions are about.
    pub fn subject(self) -> &'static str {
        match self {
            Area::PrivateLaw => "the quality and impact of private law practice",
            Area::PublicLaw => "the quality and impact of public law practice",
            Area::Leadership => "the impact of leaders on practice with children and families",
        }
    }

    pub fn from_key(key: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.key() == key)
    }

    /// The start of the ids of an area's strengths and development areas (`PL-S1`, `PU-D2`):
    /// the ids `migrate` gives and the form offers for a new item (`idPrefix` in the definition).
    pub fn item_id_prefix(self, list: AreaItemList) -> String {
        let area = match self {
            Area::PrivateLaw => "PL",
            Area::PublicLaw => "PU",
            Area::Leadership => "LE",
        };
        format!("{area}-{}", list.letter())
    }
}

/// The two lists of an area whose items are `{ id, text }` in format 2 (strings in format 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AreaItemList {
    Strengths,
    DevelopmentAreas,
}

impl AreaItemList {
    pub const ALL: [AreaItemList; 2] = [AreaItemList::Strengths, AreaItemList::DevelopmentAreas];

    /// Its key inside an area.
    pub const fn key(self) -> &'static str {
        match self {
            AreaItemList::Strengths => "strengths",
            AreaItemList::DevelopmentAreas => "developmentAreas",
        }
    }

    const fn letter(self) -> char {
        match self {
            AreaItemList::Strengths => 'S',
            AreaItemList::DevelopmentAreas => 'D',
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_sections_in_form_order() {
        let ids: Vec<_> = SectionId::ALL.iter().map(|s| s.as_str()).collect();
        assert_eq!(
            ids,
            [
                "about",
                "inspection",
                "privateLaw",
                "publicLaw",
                "leadership",
                "voice",
                "evidence",
                "actions",
                "performance",
                "declarations",
                "approval"
            ]
        );
        for (index, section) in SectionId::ALL.iter().enumerate() {
            assert_eq!(section.index(), index);
        }
    }

    #[test]
    fn areas_are_the_sections_inside_areas() {
        for area in Area::ALL {
            assert_eq!(area.section().area(), Some(area));
            assert_eq!(area.section().parent(), format!("/{AREAS_KEY}"));
            assert_eq!(Area::from_key(area.key()), Some(area));
        }
        assert_eq!(SectionId::About.parent(), "");
        assert_eq!(
            SectionId::ALL.iter().filter(|s| s.area().is_some()).count(),
            Area::ALL.len()
        );
    }
}
