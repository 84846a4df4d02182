//! The items of the lists compared by id (measures, development areas, actions,
//! recommendations): gathered with their valid, first-used ids, marked with the lists of the
//! comparison they go in, and written from the marks.

use super::readings::id;
use crate::json_write::{Object, WriteJson};
use crate::keyset::KeySet;
use crate::section::Area;
use crate::value::Value;
use crate::yearly::object_items;

/// An item of a list by id: its valid id, the item, the area whose list it is in (development
/// areas; the first area for the other lists), and the lists of the comparison it goes in
/// ([`NEW`] ...). One type for every list, so that the module holds one copy of the code that
/// gathers, matches and writes them; the lists are written from the marks, with no list of
/// their own.
pub(super) struct Item<'v, 'a> {
    pub(super) id: &'v str,
    pub(super) value: &'v Value<'a>,
    pub(super) area: Area,
    pub(super) marks: u8,
}

pub(super) type Items<'v, 'a> = Vec<Item<'v, 'a>>;

// The lists an item goes in.
pub(super) const NEW: u8 = 1;
pub(super) const CARRIED: u8 = 2;
pub(super) const COMPLETED_NOW: u8 = 4;
pub(super) const OVERDUE: u8 = 8;
pub(super) const OPEN: u8 = 16;
pub(super) const DROPPED: u8 = 32;
pub(super) const RESOLVED_NOW: u8 = 64;

/// Adds the objects of `list` that have a valid id, in order.
pub(super) fn gather<'v, 'a>(items: &mut Items<'v, 'a>, list: Option<&'v Value<'a>>, area: Area) {
    for value in object_items(list) {
        if let Some(id) = id(value) {
            items.push(Item {
                id,
                value,
                area,
                marks: 0,
            });
        }
    }
}

/// The items marked `.1`, in order: their ids, or with `.2` `{"id": ..., "area": ...}` objects.
pub(super) struct Marked<'l, 'v, 'a>(
    pub(super) &'l [Item<'v, 'a>],
    pub(super) u8,
    pub(super) bool,
);

impl WriteJson for Marked<'_, '_, '_> {
    fn write_json(&self, out: &mut String) {
        out.push('[');
        let mut first = true;
        for item in self.0 {
            if item.marks & self.1 == 0 {
                continue;
            }
            if !first {
                out.push(',');
            }
            first = false;
            if self.2 {
                Object::new(out)
                    .member("id", item.id)
                    .member("area", item.area.key())
                    .end();
            } else {
                item.id.write_json(out);
            }
        }
        out.push(']');
    }
}

/// The valid, first-used ids of a list of objects, each with its item, in order.
pub(super) fn by_id<'v, 'a>(list: Option<&'v Value<'a>>) -> Items<'v, 'a> {
    let mut items = Vec::new();
    gather(&mut items, list, Area::ALL[0]);
    first_uses(items)
}

/// The items whose id no item before them has.
pub(super) fn first_uses<'v, 'a>(mut items: Items<'v, 'a>) -> Items<'v, 'a> {
    // Each id's first place among the items.
    let first = positions(&items);
    let mut at = 0;
    items.retain(|item| {
        at += 1;
        first.get(item.id) == Some(at - 1)
    });
    items
}

/// Where each id is in a list of items by id.
pub(super) fn positions<'v>(list: &Items<'v, '_>) -> KeySet<'v> {
    let mut entries = Vec::with_capacity(list.len());
    for (at, item) in list.iter().enumerate() {
        entries.push((item.id, at));
    }
    KeySet::numbered(entries)
}
