//! The fields of each section of format 2 (document.md), and of the list of acknowledgements,
//! in the order of document.md's tables: labels, names for messages, hints, limits, options and
//! the cross-field rules reported at each. One module for each part of the form, in form
//! order; the hints the parts share, here.

use super::Field;
use crate::limits::MAX_ID_LENGTH;
use crate::section::SectionId;

mod about_and_inspection;
mod areas_and_voice;
mod before_sharing;
mod evidence_and_actions;
mod performance;

use about_and_inspection::{about, inspection, previous};
use areas_and_voice::{area, voice};
pub(super) use before_sharing::acknowledgements;
use before_sharing::{approval, declarations};
pub use evidence_and_actions::ADDRESSABLE;
use evidence_and_actions::{actions, evidence};
pub use performance::COMMENTARY_WHEN;
use performance::{audit, kpis};

const ID_CHARACTERS: &str = "letters, digits, hyphens (-), underscores (_) or full stops (.)";

fn id_hint() -> String {
    format!("Up to {MAX_ID_LENGTH} {ID_CHARACTERS}, used once in this list.")
}

/// The ids an action can address: the recommendations' and the development areas'.
fn addressable_id_hint() -> String {
    format!("Up to {MAX_ID_LENGTH} {ID_CHARACTERS}, used by no other recommendation or development area, so that an action can address it.")
}

/// The members of the document a section holds (for most sections one object).
pub(super) fn section_fields(section: SectionId) -> Vec<Field> {
    match section {
        SectionId::About => vec![about(), previous()],
        SectionId::Inspection => vec![inspection()],
        SectionId::PrivateLaw | SectionId::PublicLaw | SectionId::Leadership => {
            section.area().map(area).into_iter().collect()
        }
        SectionId::Voice => vec![voice()],
        SectionId::Evidence => vec![evidence()],
        SectionId::Actions => vec![actions()],
        SectionId::Performance => vec![kpis(), audit()],
        SectionId::Declarations => vec![declarations()],
        SectionId::Approval => vec![approval()],
    }
}
