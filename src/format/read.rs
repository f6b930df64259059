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

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::domain::authority::{Authority, MdmAuthority};
use crate::domain::checklist::{ItemState, ItemStatus};
use crate::domain::company_portal::{AppBackground, CompanyPortal};
use crate::domain::connections::{Connections, CustomDomain};
use crate::domain::enrollment::{
    AndroidForWork, Apple, Corporate, Enrollment, ImeiCsv, Platforms, WindowsPc,
};
use crate::domain::groups::{Group, GroupKind, Groups};
use crate::domain::image::{Logo, LogoRecord};
use crate::domain::licenses::{AssignMethod, Licenses};
use crate::domain::next_steps::NextSteps;
use crate::domain::recovery::Recovery;
use crate::domain::{Extra, Plan};

use super::{Envelope, Generator};

/// One step of a path in the file: a member name or a list index.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Seg {
    Key(Cow<'static, str>),
    Index(usize),
}

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

/// Reads plan types from values and records the path of each wrong one.
#[derive(Default)]
pub struct Reader {
    path: Vec<Seg>,
    pub(crate) errors: BTreeMap<Vec<Seg>, At>,
}

impl Reader {
    fn fail(&mut self, at: At) {
        self.errors.entry(self.path.clone()).or_insert(at);
    }

    fn at<T>(&mut self, seg: Seg, f: impl FnOnce(&mut Reader) -> T) -> T {
        self.path.push(seg);
        let t = f(self);
        self.path.pop();
        t
    }

    /// An object's members, or none (recorded) when the value is not an object.
    fn object(&mut self, v: Value) -> Obj<'_> {
        let map = match v {
            Value::Object(map) => map,
            _ => {
                self.fail(At::Value);
                Map::new()
            }
        };
        Obj { r: self, map }
    }
}

/// The members of one object, taken out one by one; what is left is `extra`.
struct Obj<'r> {
    r: &'r mut Reader,
    map: Map<String, Value>,
}

impl Obj<'_> {
    /// A member, or the default when it is missing.
    fn get<T: Read + Default>(&mut self, key: &'static str) -> T {
        match self.map.remove(key) {
            Some(v) => self.r.at(Seg::Key(Cow::Borrowed(key)), |r| T::read(r, v)),
            None => T::default(),
        }
    }

    /// A member that must be there (recorded after the object when missing).
    fn need<T: Read + Default>(&mut self, key: &'static str) -> T {
        if !self.map.contains_key(key) {
            self.r.fail(At::End);
        }
        self.get(key)
    }

    /// A member, or `None` when it is missing.
    fn member<T: Read>(&mut self, key: &'static str) -> Option<T> {
        let v = self.map.remove(key)?;
        Some(self.r.at(Seg::Key(Cow::Borrowed(key)), |r| T::read(r, v)))
    }

    /// The members not taken.
    fn extra(self) -> Extra {
        self.map.into_iter().collect()
    }
}

/// A type the typed reader reads. The page reads files only through this.
pub trait Read: Sized {
    fn read(r: &mut Reader, v: Value) -> Self;
}

impl Read for String {
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
    fn read(r: &mut Reader, v: Value) -> Self {
        v.as_bool().unwrap_or_else(|| {
            r.fail(At::Value);
            false
        })
    }
}

impl Read for u64 {
    fn read(r: &mut Reader, v: Value) -> Self {
        v.as_u64().unwrap_or_else(|| {
            r.fail(At::Value);
            0
        })
    }
}

impl Read for u32 {
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
            Value::Array(items) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| r.at(Seg::Index(i), |r| T::read(r, v)))
                .collect(),
            _ => {
                r.fail(At::Value);
                Vec::new()
            }
        }
    }
}

impl<T: Read> Read for BTreeMap<String, T> {
    fn read(r: &mut Reader, v: Value) -> Self {
        r.object(v)
            .map
            .into_iter()
            .map(|(k, v)| {
                let t = r.at(Seg::Key(Cow::Owned(k.clone())), |r| T::read(r, v));
                (k, t)
            })
            .collect()
    }
}

/// A unit enum, written as its name (`rename_all = "snake_case"`), or as an
/// object with that single name and the value `null` (serde's other
/// spelling). `None` (recorded) for anything else.
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
choice!(AppBackground { "theme_color" => ThemeColor, "white" => White });
choice!(AssignMethod { "office365_portal_per_user" => Office365PortalPerUser, "group" => Group });
choice!(ItemStatus {
    "not_started" => NotStarted,
    "in_progress" => InProgress,
    "done" => Done,
    "not_applicable" => NotApplicable,
});

/// A struct: every field from its member, the rest to `extra`.
macro_rules! record {
    ($t:ident { $($field:ident),* $(,)? }) => {
        impl Read for $t {
            fn read(r: &mut Reader, v: Value) -> Self {
                #[allow(unused_mut)] // (a struct with no field of its own)
                let mut o = r.object(v);
                $t {
                    $($field: o.get(stringify!($field)),)*
                    extra: o.extra(),
                }
            }
        }
    };
}

record!(Plan {
    connections,
    mdm_authority,
    groups,
    company_portal,
    licenses,
    enrollment,
    next_steps,
    recovery,
    checklist,
});
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
    purpose
});
record!(CompanyPortal {
    company_name,
    it_contact_name,
    it_phone,
    it_email,
    additional_info,
    privacy_statement_url,
    support_website_url,
    website_name,
    theme_color,
    include_logo,
    logo_white_background,
    logo_theme_background,
    app_background,
});
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
record!(ItemState {
    status,
    reason,
    owner,
    due_date,
    note
});

impl Read for Logo {
    /// The file record (file name, media type, byte size and content are
    /// required, as in the derive), then the facts from the content.
    fn read(r: &mut Reader, v: Value) -> Self {
        let mut o = r.object(v);
        Logo::from_record(LogoRecord {
            file_name: o.need("file_name"),
            media_type: o.need("media_type"),
            width: o.get("width"),
            height: o.get("height"),
            byte_size: o.need("byte_size"),
            content_base64: o.need("content_base64"),
            extra: o.extra(),
        })
    }
}

impl Read for Generator {
    fn read(r: &mut Reader, v: Value) -> Self {
        let mut o = r.object(v);
        Generator {
            name: o.need("name"),
            version: o.need("version"),
            extra: o.extra(),
        }
    }
}

/// A schema version: a whole number (`1.0` reads as `1`), as in
/// `super::whole_version`.
#[derive(Default)]
struct Version(u32);

impl Read for Version {
    fn read(r: &mut Reader, v: Value) -> Self {
        let n = v
            .as_number()
            .and_then(super::whole_number)
            .and_then(|n| u32::try_from(n).ok());
        Version(n.unwrap_or_else(|| {
            r.fail(At::Value);
            0
        }))
    }
}

impl Read for Envelope {
    fn read(r: &mut Reader, v: Value) -> Self {
        let mut o = r.object(v);
        Envelope {
            format: o.need("format"),
            schema_version: o.need::<Version>("schema_version").0,
            ruleset: o.member("ruleset").unwrap_or_else(super::default_ruleset),
            generator: o.member("generator").unwrap_or_default(),
            exported_at: o.get("exported_at"),
            plan: o.get("plan"),
            extra: o.extra(),
        }
    }
}
