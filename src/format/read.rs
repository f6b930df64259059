//! The typed reader: maps a parsed [`serde_json::Value`] onto the plan types.
//!
//! `serde_json` stays the parser; this replaces only the code that serde's
//! derived `Deserialize` generates, which was the largest part of the page
//! (ARCHITECTURE.md, "Size decisions"). It reads exactly what the derive read
//! (a property test in `tests/typed_reader.rs` compares the two):
//!
//! * an object's missing members take their defaults, members it does not
//!   know go to its `extra` (what `#[serde(default)]` and
//!   `#[serde(flatten)] extra` did);
//! * text only from a string, a flag only from `true`/`false`, a count only
//!   from a whole number in range (no `1.0`), `null` only where the value is
//!   optional, a list only from an array, an object only from an object;
//! * a choice from its name, or from an object with that single name and the
//!   value `null` (serde's other spelling of a unit variant).
//!
//! A value that breaks these rules is recorded by its path, and reading goes
//! on, so that every wrong value is known. `format` then walks the text once
//! more and stops at the first of them in the text's order, where serde_json
//! supplies the line and column ([`super::locate`]).

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::domain::authority::{Authority, MdmAuthority};
use crate::domain::checklist::{ItemState, ItemStatus};
use crate::domain::company_portal::{
    AppBackground, CompanyPortal, EnrollmentAvailability, ShowInHeader,
};
use crate::domain::connections::{Connections, CustomDomain};
use crate::domain::enrollment::{
    AndroidForWork, Apple, Corporate, Enrollment, ImeiCsv, Platforms, WindowsPc,
};
use crate::domain::groups::{Group, GroupKind, Groups, Membership};
use crate::domain::image::{Logo, LogoRecord, BRAND_IMAGE_BOUNDS};
use crate::domain::licenses::{AssignMethod, Licenses};
use crate::domain::next_steps::NextSteps;
use crate::domain::recovery::Recovery;
use crate::domain::report_info::ReportInfo;
use crate::domain::{Extra, Plan};

use super::{Envelope, Generator};

/// Where serde_json reports a wrong value, as the derive would have.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum At {
    /// At the value (after a scalar, before an object or array).
    Value,
    /// A choice: where serde_json's enum reading fails, given the names.
    Choice(&'static [&'static str]),
    /// After the object's closing brace (a required member is missing).
    End,
}

/// Adds one step to a path written as a JSON Pointer (RFC 6901): `/` and the
/// member name with `~` as `~0` and `/` as `~1`, or the list index. (A name
/// and an index can look alike, but one node of a text is either an object or
/// a list, so a path names one node.)
pub(crate) fn push_key(path: &mut String, key: &str) {
    path.push('/');
    for c in key.chars() {
        match c {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
}

pub(crate) fn push_index(path: &mut String, i: usize) {
    path.push('/');
    path.push_str(&i.to_string());
}

/// Reads plan types from values and records the path of each wrong one.
#[derive(Default)]
pub struct Reader {
    path: String,
    pub(crate) errors: BTreeMap<String, At>,
}

// The helpers are kept out of line where inlining them into each type's
// reader would cost the page more than it saves.
impl Reader {
    #[inline(never)]
    fn fail(&mut self, at: At) {
        if !self.errors.contains_key(&self.path) {
            self.errors.insert(self.path.clone(), at);
        }
    }

    #[inline(never)]
    fn leave(&mut self, len: usize) {
        self.path.truncate(len);
    }

    #[inline(never)]
    fn enter_key(&mut self, key: &str) -> usize {
        let len = self.path.len();
        push_key(&mut self.path, key);
        len
    }

    #[inline(never)]
    fn enter_index(&mut self, i: usize) -> usize {
        let len = self.path.len();
        push_index(&mut self.path, i);
        len
    }

    /// An object's members, or none (recorded) when the value is not an object.
    #[inline(never)]
    fn object(&mut self, v: Value) -> Map<String, Value> {
        match v {
            Value::Object(map) => map,
            _ => {
                self.fail(At::Value);
                Map::new()
            }
        }
    }
}

/// A type the typed reader reads. The page reads files only through this.
pub trait Read: Sized {
    fn read(r: &mut Reader, v: Value) -> Self;
}

/// An object type, seen through a trait object so that one loop
/// ([`record`]) reads every object.
trait Fields {
    /// Reads a member into its field, or gives the value back when the type
    /// has no member of that name.
    fn set(&mut self, r: &mut Reader, key: &str, v: Value) -> Option<Value>;
    /// Where the members it does not know go.
    fn extra(&mut self) -> &mut Extra;
}

/// Reads an object into `s` (its defaults): each member the type knows into
/// its field, the others into `extra`. `required` members must be there.
#[inline(never)]
fn record(r: &mut Reader, v: Value, required: &[&str], s: &mut dyn Fields) {
    let map = r.object(v);
    if required.iter().any(|k| !map.contains_key(*k)) {
        r.fail(At::End);
    }
    for (k, v) in map {
        let len = r.enter_key(&k);
        let rest = s.set(r, &k, v);
        r.leave(len);
        if let Some(v) = rest {
            s.extra().insert(k, v);
        }
    }
}

/// Implements [`Fields`] and [`Read`] for a struct whose fields are all read
/// from the members of the same names (`extra` aside). The destructuring
/// makes a field added to the struct but not listed here a compile error
/// (`not_in_file: [..]` names the fields that are never read from the file).
macro_rules! record {
    ($t:ident { $($field:ident),* $(,)? } $(required: [$($req:literal),*])? $(not_in_file: [$($skip:ident),*])?) => {
        impl Fields for $t {
            // (`NextSteps` has no member of its own: every arm returns.)
            #[allow(unreachable_code, unused_variables)]
            fn set(&mut self, r: &mut Reader, key: &str, v: Value) -> Option<Value> {
                match key {
                    $(stringify!($field) => self.$field = Read::read(r, v),)*
                    _ => return Some(v),
                }
                None
            }
            fn extra(&mut self) -> &mut Extra {
                &mut self.extra
            }
        }
        impl Read for $t {
            fn read(r: &mut Reader, v: Value) -> Self {
                let mut s = $t::default();
                record(r, v, &[$($($req),*)?], &mut s);
                s
            }
        }
        const _: fn($t) = |t| {
            let $t { $($field: _,)* $($($skip: _,)*)? extra: _ } = t;
        };
    };
}

impl Read for String {
    #[inline(never)]
    fn read(r: &mut Reader, v: Value) -> Self {
        match v {
            Value::String(s) => s,
            _ => {
                r.fail(At::Value);
                String::new()
            }
        }
    }
}

impl Read for bool {
    #[inline(never)]
    fn read(r: &mut Reader, v: Value) -> Self {
        v.as_bool().unwrap_or_else(|| {
            r.fail(At::Value);
            false
        })
    }
}

impl Read for u64 {
    #[inline(never)]
    fn read(r: &mut Reader, v: Value) -> Self {
        v.as_u64().unwrap_or_else(|| {
            r.fail(At::Value);
            0
        })
    }
}

impl Read for u32 {
    #[inline(never)]
    fn read(r: &mut Reader, v: Value) -> Self {
        v.as_u64()
            .and_then(|n| u32::try_from(n).ok())
            .unwrap_or_else(|| {
                r.fail(At::Value);
                0
            })
    }
}

impl<T: Read> Read for Option<T> {
    fn read(r: &mut Reader, v: Value) -> Self {
        match v {
            Value::Null => None,
            v => Some(T::read(r, v)),
        }
    }
}

impl<T: Read> Read for Vec<T> {
    fn read(r: &mut Reader, v: Value) -> Self {
        match v {
            Value::Array(items) => {
                let mut list = Vec::with_capacity(items.len());
                for (i, v) in items.into_iter().enumerate() {
                    let len = r.enter_index(i);
                    list.push(T::read(r, v));
                    r.leave(len);
                }
                list
            }
            _ => {
                r.fail(At::Value);
                Vec::new()
            }
        }
    }
}

impl<T: Read> Read for BTreeMap<String, T> {
    fn read(r: &mut Reader, v: Value) -> Self {
        let mut map = BTreeMap::new();
        for (k, v) in r.object(v) {
            let len = r.enter_key(&k);
            let t = T::read(r, v);
            r.leave(len);
            map.insert(k, t);
        }
        map
    }
}

/// A unit enum, written as its name (`rename_all = "snake_case"`), or as an
/// object with that single name and the value `null` (serde's other
/// spelling). `None` (recorded) for anything else.
#[inline(never)]
fn choice<T: Copy>(
    r: &mut Reader,
    v: &Value,
    names: &'static [&'static str],
    values: &[T],
) -> Option<T> {
    let name = match v {
        Value::String(s) => Some(s.as_str()),
        Value::Object(m) if m.len() == 1 => m
            .iter()
            .next()
            .filter(|(_, v)| v.is_null())
            .map(|(k, _)| k.as_str()),
        _ => None,
    };
    let found = name
        .and_then(|n| names.iter().position(|x| *x == n))
        .and_then(|i| values.get(i))
        .copied();
    if found.is_none() {
        r.fail(At::Choice(names));
    }
    found
}

macro_rules! choice {
    ($t:ident { $first_name:literal => $first:ident $(, $name:literal => $v:ident)* $(,)? }) => {
        impl Read for $t {
            fn read(r: &mut Reader, v: Value) -> Self {
                // The first value stands for a wrong one: the file is refused.
                choice(r, &v, &[$first_name $(, $name)*], &[$t::$first $(, $t::$v)*])
                    .unwrap_or($t::$first)
            }
        }
    };
}

choice!(Authority {
    "intune" => Intune,
    "configuration_manager" => ConfigurationManager,
    "office365" => Office365,
});
choice!(GroupKind { "user" => User, "device" => Device });
choice!(Membership { "assigned" => Assigned, "dynamic" => Dynamic });
choice!(AppBackground { "theme_color" => ThemeColor, "white" => White });
choice!(ShowInHeader {
    "logo_and_name" => LogoAndName,
    "logo_only" => LogoOnly,
    "name_only" => NameOnly,
});
choice!(EnrollmentAvailability {
    "available_with_prompts" => AvailableWithPrompts,
    "available_without_prompts" => AvailableWithoutPrompts,
    "unavailable" => Unavailable,
});
choice!(AssignMethod { "office365_portal_per_user" => Office365PortalPerUser, "group" => Group });
choice!(ItemStatus {
    "not_started" => NotStarted,
    "in_progress" => InProgress,
    "done" => Done,
    "not_applicable" => NotApplicable,
});

record!(Plan {
    connections,
    mdm_authority,
    groups,
    company_portal,
    licenses,
    enrollment,
    next_steps,
    recovery,
    report,
    checklist,
} not_in_file: [file]);
record!(Connections { domains });
record!(CustomDomain {
    name,
    verified,
    upn_suffix
});
record!(MdmAuthority { authority });
record!(Groups { groups });
record!(Group {
    name,
    kind,
    purpose,
    membership
});
// By hand (the fields of `record!` and one more): the brand image is a logo
// record kept within its own bounds (1,300,000 bytes).
impl Fields for CompanyPortal {
    fn set(&mut self, r: &mut Reader, key: &str, v: Value) -> Option<Value> {
        match key {
            "company_name" => self.company_name = Read::read(r, v),
            "it_contact_name" => self.it_contact_name = Read::read(r, v),
            "it_phone" => self.it_phone = Read::read(r, v),
            "it_email" => self.it_email = Read::read(r, v),
            "additional_info" => self.additional_info = Read::read(r, v),
            "privacy_statement_url" => self.privacy_statement_url = Read::read(r, v),
            "support_website_url" => self.support_website_url = Read::read(r, v),
            "website_name" => self.website_name = Read::read(r, v),
            "theme_color" => self.theme_color = Read::read(r, v),
            "include_logo" => self.include_logo = Read::read(r, v),
            "logo_white_background" => self.logo_white_background = Read::read(r, v),
            "logo_theme_background" => self.logo_theme_background = Read::read(r, v),
            "app_background" => self.app_background = Read::read(r, v),
            "show_in_header" => self.show_in_header = Read::read(r, v),
            "brand_image" => {
                self.brand_image = Option::<LogoRecord>::read(r, v)
                    .map(|rec| Logo::from_record_in(rec, &BRAND_IMAGE_BOUNDS));
            }
            "privacy_message_cant_see" => self.privacy_message_cant_see = Read::read(r, v),
            "privacy_message_can_see" => self.privacy_message_can_see = Read::read(r, v),
            "enrollment_availability" => self.enrollment_availability = Read::read(r, v),
            _ => return Some(v),
        }
        None
    }
    fn extra(&mut self) -> &mut Extra {
        &mut self.extra
    }
}

impl Read for CompanyPortal {
    fn read(r: &mut Reader, v: Value) -> Self {
        let mut s = CompanyPortal::default();
        record(r, v, &[], &mut s);
        s
    }
}

// A field added to the struct but not read above is a compile error here.
const _: fn(CompanyPortal) = |t| {
    let CompanyPortal {
        company_name: _,
        it_contact_name: _,
        it_phone: _,
        it_email: _,
        additional_info: _,
        privacy_statement_url: _,
        support_website_url: _,
        website_name: _,
        theme_color: _,
        include_logo: _,
        logo_white_background: _,
        logo_theme_background: _,
        app_background: _,
        show_in_header: _,
        brand_image: _,
        privacy_message_cant_see: _,
        privacy_message_can_see: _,
        enrollment_availability: _,
        extra: _,
    } = t;
};
record!(Licenses {
    who,
    method,
    users_from_on_premises_ad,
    devices_per_user,
});
record!(Enrollment {
    platforms,
    apple,
    android_for_work,
    windows_pc,
    corporate,
    device_limit,
});
record!(Platforms {
    ios_mac,
    android,
    android_for_work,
    windows_phone,
    windows_mdm,
    windows_pc,
    corporate_owned,
});
record!(Apple {
    apple_id,
    apns_expiry,
    dep_token,
    dep_token_expiry,
    vpp_token_expiry,
});
record!(AndroidForWork { google_account });
record!(WindowsPc { pc_count });
record!(Corporate {
    dem_account,
    dem_devices,
    dem_is_intune_admin,
    imei_csv,
});
record!(ImeiCsv {
    file_name,
    bytes,
    rows,
    longest_details,
    first_long_details_row,
    invalid_rows,
    first_invalid_row,
    header,
});
record!(NextSteps {});
record!(Recovery {
    current_authority,
    target_authority,
    co_existence,
    configmgr_version,
    intune_release,
    tenant_id,
    checklist_confirmed,
});
record!(ReportInfo {
    prepared_by,
    prepared_for
});
record!(ItemState {
    status,
    reason,
    owner,
    due_date,
    note
});

record!(LogoRecord {
    file_name,
    media_type,
    width,
    height,
    byte_size,
    content_base64,
} required: ["file_name", "media_type", "byte_size", "content_base64"]);

impl Read for Logo {
    /// The file record, then the facts from its content.
    fn read(r: &mut Reader, v: Value) -> Self {
        Logo::from_record(LogoRecord::read(r, v))
    }
}

record!(Generator { name, version } required: ["name", "version"]);

impl Fields for Envelope {
    fn set(&mut self, r: &mut Reader, key: &str, v: Value) -> Option<Value> {
        match key {
            "format" => self.format = Read::read(r, v),
            // A whole number (`1.0` reads as `1`), as in `super::whole_version`.
            "schema_version" => {
                let n = v.as_number().and_then(super::whole_number);
                match n.and_then(|n| u32::try_from(n).ok()) {
                    Some(n) => self.schema_version = n,
                    None => r.fail(At::Value),
                }
            }
            "ruleset" => self.ruleset = Read::read(r, v),
            "generator" => self.generator = Read::read(r, v),
            "exported_at" => self.exported_at = Read::read(r, v),
            "plan" => self.plan = Read::read(r, v),
            _ => return Some(v),
        }
        None
    }
    fn extra(&mut self) -> &mut Extra {
        &mut self.extra
    }
}

impl Read for Envelope {
    fn read(r: &mut Reader, v: Value) -> Self {
        let mut e = Envelope {
            format: String::new(),
            schema_version: 0,
            ruleset: super::default_ruleset(),
            generator: Generator::default(),
            exported_at: String::new(),
            plan: Plan::default(),
            extra: Extra::new(),
        };
        record(r, v, &["format", "schema_version"], &mut e);
        e
    }
}
