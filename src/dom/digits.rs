//! Numbers in the DOM layer's attribute values and ids: written with the
//! crate's one digit writer (the JSON writer's), read back without
//! `core::str::parse`, so the DOM layer carries no `core::fmt`.

/// Appends `n` in decimal digits ("15000"): the JSON writer's, so the DOM
/// layer carries no `core::fmt` and no second digit writer.
pub(crate) use crate::json::write::push_u64 as push_digits;

/// `n` in decimal digits, for an attribute value.
pub(crate) use crate::json::write::digits;

/// The number `s` writes in decimal digits — 1 to 15 of them, so it is
/// exact as an `f64` too — or `None` for anything else (a sign, a space,
/// a point): no `core::str::parse` for the DOM layer's few numbers.
pub(crate) fn parse_digits(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 15 {
        return None;
    }
    s.bytes().try_fold(0u64, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u64::from(b - b'0'))
    })
}
