//! Generic edits of the plan: every editable scalar of steps 1–3, 5, 6, the
//! recovery path, the checklist items and the report's cover is addressed by a [`Field`] (which
//! value) and an [`At`] (which entry or item), and read and written as a
//! [`Value`]. The page's form tables ([`super::form`]) name these fields, and
//! [`super::Action::Set`] writes them; there is no action per field.

use super::authority::Authority;
use super::checklist::{ItemState, ItemStatus};
use super::connections::{CustomDomain, DomainField};
use super::enrollment::Platform;
use super::finding::FieldPath;
use super::groups::{Group, GroupField, GroupKind, Membership};
use super::licenses::AssignMethod;
use super::plan::Plan;
use super::{enrollment, licenses, recovery};

/// An editable value of the plan (steps 1–3, 5, 6, recovery, items). Step 4
/// keeps its own [`super::FieldId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// Step 1, a field of the custom domain at [`At::Entry`].
    Domain(DomainField),
    /// Step 2.
    Authority,
    /// Step 3, a field of the group at [`At::Entry`].
    Group(GroupField),
    /// Step 5.
    LicenseWho,
    LicenseMethod,
    DevicesPerUser,
    UsersFromOnPremisesAd,
    /// Step 6: a platform in scope (unticking keeps the platform's values).
    Platform(Platform),
    DeviceLimit,
    ApnsExpiry,
    AppleId,
    DepToken,
    DepTokenExpiry,
    VppTokenExpiry,
    GoogleAccount,
    PcCount,
    DemAccount,
    DemDevices,
    DemIsIntuneAdmin,
    /// The IMEI file: read only here (its facts), set with
    /// [`super::Action::SetImeiCsv`].
    ImeiCsv,
    /// The recovery path.
    CurrentAuthority,
    TargetAuthority,
    ConfigMgrVersion,
    IntuneRelease,
    CoExistence,
    TenantId,
    Confirmation,
    /// A field of the checklist item at [`At::Item`].
    Item(ItemInput),
    /// The report's cover (edited on the Overview).
    PreparedBy,
    PreparedFor,
}

/// The controls of a checklist item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemInput {
    /// The status (a choice of [`ItemStatus`]).
    Status,
    /// A tick box: done, or not started (reset-checklist items, which have no
    /// status control).
    Done,
    Owner,
    /// `YYYY-MM-DD`, or empty.
    DueDate,
    Note,
    /// Why the item does not apply.
    Reason,
}

/// Where a field is: the plan itself, an entry of a list, or an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum At {
    Plan,
    /// The entry of the field's list (domains or groups) at this index.
    Entry(usize),
    /// The checklist item with this id.
    Item(&'static str),
}

/// The value of a choice control.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    /// Nothing chosen (an `Option` field that is `None`).
    Unset,
    Authority(Authority),
    GroupKind(GroupKind),
    Membership(Membership),
    Method(AssignMethod),
    Status(ItemStatus),
}

impl Choice {
    /// A stable key, for `<option value>` and element ids.
    pub fn key(self) -> &'static str {
        match self {
            Choice::Unset => "",
            Choice::Authority(Authority::Intune) => "intune",
            Choice::Authority(Authority::ConfigurationManager) => "configuration_manager",
            Choice::Authority(Authority::Office365) => "office365",
            Choice::GroupKind(GroupKind::User) => "user",
            Choice::GroupKind(GroupKind::Device) => "device",
            Choice::Membership(Membership::Assigned) => "assigned",
            Choice::Membership(Membership::Dynamic) => "dynamic",
            Choice::Method(AssignMethod::Office365PortalPerUser) => "office365_portal_per_user",
            Choice::Method(AssignMethod::Group) => "group",
            Choice::Status(ItemStatus::NotStarted) => "not_started",
            Choice::Status(ItemStatus::InProgress) => "in_progress",
            Choice::Status(ItemStatus::Done) => "done",
            Choice::Status(ItemStatus::NotApplicable) => "not_applicable",
        }
    }
}

/// A value read from or written to a [`Field`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Bool(bool),
    /// A whole number; `None` when empty.
    Number(Option<u32>),
    Choice(Choice),
}

impl Value {
    /// A number as typed in a number field: empty, or anything that is not a
    /// whole number from 0 to 4,294,967,295, is "no number".
    pub fn number(input: &str) -> Value {
        Value::Number(input.trim().parse().ok())
    }
}

/// An entry of a list, kept by an undo step when it is removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry {
    Domain(CustomDomain),
    Group(Group),
}

/// A direction to move a list entry in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Up,
    Down,
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

fn authority(a: Option<Authority>) -> Value {
    Value::Choice(a.map_or(Choice::Unset, Choice::Authority))
}

impl Field {
    /// Where this field's findings point, if it has any.
    pub fn path(self, at: At) -> Option<FieldPath> {
        use super::checklist::ItemField;
        use enrollment::Path as E;
        use licenses::Path as L;
        use recovery::Path as R;
        Some(match (self, at) {
            (Field::Domain(f), At::Entry(i)) => {
                FieldPath::Connections(super::connections::Path::Domain(i, f))
            }
            (Field::Group(f), At::Entry(i)) => FieldPath::Groups(super::groups::Path::Group(i, f)),
            (Field::Item(input), At::Item(id)) => FieldPath::Item(
                id,
                match input {
                    ItemInput::Status | ItemInput::Done => ItemField::Status,
                    ItemInput::Reason => ItemField::Reason,
                    ItemInput::DueDate => ItemField::DueDate,
                    ItemInput::Owner | ItemInput::Note => return None,
                },
            ),
            (Field::Domain(_) | Field::Group(_) | Field::Item(_), _) => return None,
            (_, At::Entry(_) | At::Item(_)) => return None,
            (Field::Authority, At::Plan) => FieldPath::Authority(super::authority::Path::Authority),
            (Field::LicenseWho, At::Plan) => FieldPath::Licenses(L::Who),
            (Field::LicenseMethod, At::Plan) => FieldPath::Licenses(L::Method),
            (Field::DevicesPerUser, At::Plan) => FieldPath::Licenses(L::DevicesPerUser),
            (Field::UsersFromOnPremisesAd, At::Plan) => {
                FieldPath::Licenses(L::UsersFromOnPremisesAd)
            }
            (Field::Platform(_), At::Plan) => FieldPath::Enrollment(E::Platforms),
            (Field::DeviceLimit, At::Plan) => FieldPath::Enrollment(E::DeviceLimit),
            (Field::ApnsExpiry, At::Plan) => FieldPath::Enrollment(E::ApnsExpiry),
            (Field::AppleId, At::Plan) => FieldPath::Enrollment(E::AppleId),
            (Field::DepToken, At::Plan) => return None,
            (Field::DepTokenExpiry, At::Plan) => FieldPath::Enrollment(E::DepTokenExpiry),
            (Field::VppTokenExpiry, At::Plan) => FieldPath::Enrollment(E::VppTokenExpiry),
            (Field::GoogleAccount, At::Plan) => FieldPath::Enrollment(E::GoogleAccount),
            (Field::PcCount, At::Plan) => FieldPath::Enrollment(E::PcCount),
            (Field::DemAccount, At::Plan) => FieldPath::Enrollment(E::DemAccount),
            (Field::DemDevices, At::Plan) => FieldPath::Enrollment(E::DemDevices),
            (Field::DemIsIntuneAdmin, At::Plan) => FieldPath::Enrollment(E::DemIsIntuneAdmin),
            (Field::ImeiCsv, At::Plan) => FieldPath::Enrollment(E::ImeiCsv),
            (Field::CurrentAuthority, At::Plan) => FieldPath::Recovery(R::CurrentAuthority),
            (Field::TargetAuthority, At::Plan) => FieldPath::Recovery(R::TargetAuthority),
            (Field::ConfigMgrVersion, At::Plan) => FieldPath::Recovery(R::ConfigMgrVersion),
            (Field::IntuneRelease, At::Plan) => FieldPath::Recovery(R::IntuneRelease),
            (Field::CoExistence, At::Plan) => FieldPath::Recovery(R::CoExistence),
            (Field::TenantId, At::Plan) => FieldPath::Recovery(R::TenantId),
            (Field::Confirmation, At::Plan) => FieldPath::Recovery(R::Confirmation),
            (Field::PreparedBy, At::Plan) => FieldPath::Report(super::report_info::Path::PreparedBy),
            (Field::PreparedFor, At::Plan) => {
                FieldPath::Report(super::report_info::Path::PreparedFor)
            }
        })
    }
}

impl Plan {
    /// The value of a field, or `None` when the address does not exist (an
    /// entry index past the end, a field given the wrong kind of [`At`]).
    /// An item without a recorded state reads as the empty state.
    pub fn value(&self, field: Field, at: At) -> Option<Value> {
        let e = &self.enrollment;
        let r = &self.recovery;
        let l = &self.licenses;
        Some(match (field, at) {
            (Field::Domain(f), At::Entry(i)) => {
                let d = self.connections.domains.get(i)?;
                match f {
                    DomainField::Name => text(&d.name),
                    DomainField::Verified => Value::Bool(d.verified),
                    DomainField::UpnSuffix => Value::Bool(d.upn_suffix),
                }
            }
            (Field::Group(f), At::Entry(i)) => {
                let g = self.groups.groups.get(i)?;
                match f {
                    GroupField::Name => text(&g.name),
                    GroupField::Kind => Value::Choice(Choice::GroupKind(g.kind)),
                    GroupField::Purpose => text(&g.purpose),
                    GroupField::Membership => Value::Choice(Choice::Membership(g.membership)),
                }
            }
            (Field::Item(input), At::Item(id)) => {
                let s = super::checklist::state(self, id);
                match input {
                    ItemInput::Status => Value::Choice(Choice::Status(s.status)),
                    ItemInput::Done => Value::Bool(s.status == ItemStatus::Done),
                    ItemInput::Owner => text(&s.owner),
                    ItemInput::DueDate => text(&s.due_date),
                    ItemInput::Note => text(&s.note),
                    ItemInput::Reason => text(&s.reason),
                }
            }
            (Field::Domain(_) | Field::Group(_) | Field::Item(_), _) => return None,
            (_, At::Entry(_) | At::Item(_)) => return None,
            (Field::Authority, At::Plan) => authority(self.mdm_authority.authority),
            (Field::LicenseWho, At::Plan) => text(&l.who),
            (Field::LicenseMethod, At::Plan) => {
                Value::Choice(l.method.map_or(Choice::Unset, Choice::Method))
            }
            (Field::DevicesPerUser, At::Plan) => Value::Number(l.devices_per_user),
            (Field::UsersFromOnPremisesAd, At::Plan) => Value::Bool(l.users_from_on_premises_ad),
            (Field::Platform(p), At::Plan) => Value::Bool(e.platforms.has(p)),
            (Field::DeviceLimit, At::Plan) => Value::Number(e.device_limit),
            (Field::ApnsExpiry, At::Plan) => text(&e.apple.apns_expiry),
            (Field::AppleId, At::Plan) => text(&e.apple.apple_id),
            (Field::DepToken, At::Plan) => Value::Bool(e.apple.dep_token),
            (Field::DepTokenExpiry, At::Plan) => text(&e.apple.dep_token_expiry),
            (Field::VppTokenExpiry, At::Plan) => text(&e.apple.vpp_token_expiry),
            (Field::GoogleAccount, At::Plan) => text(&e.android_for_work.google_account),
            (Field::PcCount, At::Plan) => Value::Number(e.windows_pc.pc_count),
            (Field::DemAccount, At::Plan) => text(&e.corporate.dem_account),
            (Field::DemDevices, At::Plan) => Value::Number(e.corporate.dem_devices),
            (Field::DemIsIntuneAdmin, At::Plan) => Value::Bool(e.corporate.dem_is_intune_admin),
            (Field::ImeiCsv, At::Plan) => text(
                e.corporate
                    .imei_csv
                    .as_ref()
                    .map_or("", |f| f.file_name.as_str()),
            ),
            (Field::CurrentAuthority, At::Plan) => authority(r.current_authority),
            (Field::TargetAuthority, At::Plan) => authority(r.target_authority),
            (Field::ConfigMgrVersion, At::Plan) => text(&r.configmgr_version),
            (Field::IntuneRelease, At::Plan) => text(&r.intune_release),
            (Field::CoExistence, At::Plan) => Value::Bool(r.co_existence),
            (Field::TenantId, At::Plan) => text(&r.tenant_id),
            (Field::Confirmation, At::Plan) => Value::Bool(r.checklist_confirmed),
            (Field::PreparedBy, At::Plan) => text(&self.report.prepared_by),
            (Field::PreparedFor, At::Plan) => text(&self.report.prepared_for),
        })
    }

    /// Writes a field. Returns false, changing nothing, when the address does
    /// not exist or the value is of the wrong kind for the field. Items are
    /// written by [`Plan::set_item`].
    pub(super) fn set(&mut self, field: Field, at: At, value: Value) -> bool {
        let e = &mut self.enrollment;
        let r = &mut self.recovery;
        let l = &mut self.licenses;
        match (field, at) {
            (Field::Domain(f), At::Entry(i)) => {
                let Some(d) = self.connections.domains.get_mut(i) else {
                    return false;
                };
                match f {
                    DomainField::Name => put_text(&mut d.name, value),
                    DomainField::Verified => put_bool(&mut d.verified, value),
                    DomainField::UpnSuffix => put_bool(&mut d.upn_suffix, value),
                }
            }
            (Field::Group(f), At::Entry(i)) => {
                let Some(g) = self.groups.groups.get_mut(i) else {
                    return false;
                };
                match (f, value) {
                    (GroupField::Name, v) => put_text(&mut g.name, v),
                    (GroupField::Purpose, v) => put_text(&mut g.purpose, v),
                    (GroupField::Kind, Value::Choice(Choice::GroupKind(k))) => {
                        g.kind = k;
                        true
                    }
                    (GroupField::Kind, _) => false,
                    (GroupField::Membership, Value::Choice(Choice::Membership(m))) => {
                        g.membership = m;
                        true
                    }
                    (GroupField::Membership, _) => false,
                }
            }
            (Field::Domain(_) | Field::Group(_) | Field::Item(_) | Field::ImeiCsv, _) => false,
            (_, At::Entry(_) | At::Item(_)) => false,
            (Field::Authority, At::Plan) => put_authority(&mut self.mdm_authority.authority, value),
            (Field::LicenseWho, At::Plan) => put_text(&mut l.who, value),
            (Field::LicenseMethod, At::Plan) => match value {
                Value::Choice(Choice::Unset) => {
                    l.method = None;
                    true
                }
                Value::Choice(Choice::Method(m)) => {
                    l.method = Some(m);
                    true
                }
                _ => false,
            },
            (Field::DevicesPerUser, At::Plan) => put_number(&mut l.devices_per_user, value),
            (Field::UsersFromOnPremisesAd, At::Plan) => {
                put_bool(&mut l.users_from_on_premises_ad, value)
            }
            (Field::Platform(p), At::Plan) => match value {
                Value::Bool(on) => {
                    e.platforms.set(p, on);
                    true
                }
                _ => false,
            },
            (Field::DeviceLimit, At::Plan) => put_number(&mut e.device_limit, value),
            (Field::ApnsExpiry, At::Plan) => put_text(&mut e.apple.apns_expiry, value),
            (Field::AppleId, At::Plan) => put_text(&mut e.apple.apple_id, value),
            (Field::DepToken, At::Plan) => put_bool(&mut e.apple.dep_token, value),
            (Field::DepTokenExpiry, At::Plan) => put_text(&mut e.apple.dep_token_expiry, value),
            (Field::VppTokenExpiry, At::Plan) => put_text(&mut e.apple.vpp_token_expiry, value),
            (Field::GoogleAccount, At::Plan) => {
                put_text(&mut e.android_for_work.google_account, value)
            }
            (Field::PcCount, At::Plan) => put_number(&mut e.windows_pc.pc_count, value),
            (Field::DemAccount, At::Plan) => put_text(&mut e.corporate.dem_account, value),
            (Field::DemDevices, At::Plan) => put_number(&mut e.corporate.dem_devices, value),
            (Field::DemIsIntuneAdmin, At::Plan) => {
                put_bool(&mut e.corporate.dem_is_intune_admin, value)
            }
            (Field::CurrentAuthority, At::Plan) => put_authority(&mut r.current_authority, value),
            (Field::TargetAuthority, At::Plan) => put_authority(&mut r.target_authority, value),
            (Field::ConfigMgrVersion, At::Plan) => put_text(&mut r.configmgr_version, value),
            (Field::IntuneRelease, At::Plan) => put_text(&mut r.intune_release, value),
            (Field::CoExistence, At::Plan) => put_bool(&mut r.co_existence, value),
            (Field::TenantId, At::Plan) => put_text(&mut r.tenant_id, value),
            (Field::Confirmation, At::Plan) => put_bool(&mut r.checklist_confirmed, value),
            (Field::PreparedBy, At::Plan) => put_text(&mut self.report.prepared_by, value),
            (Field::PreparedFor, At::Plan) => put_text(&mut self.report.prepared_for, value),
        }
    }

    /// The state an item would have after writing one of its fields, built
    /// from its current state (so its unknown members survive), or `None`
    /// when the value is of the wrong kind.
    pub(super) fn item_with(&self, id: &str, input: ItemInput, value: Value) -> Option<ItemState> {
        let mut s = super::checklist::state(self, id).into_owned();
        match (input, value) {
            (ItemInput::Status, Value::Choice(Choice::Status(st))) => s.status = st,
            (ItemInput::Done, Value::Bool(done)) => {
                s.status = if done {
                    ItemStatus::Done
                } else {
                    ItemStatus::NotStarted
                }
            }
            (ItemInput::Owner, Value::Text(t)) => s.owner = t,
            (ItemInput::DueDate, Value::Text(t)) => s.due_date = t,
            (ItemInput::Note, Value::Text(t)) => s.note = t,
            (ItemInput::Reason, Value::Text(t)) => s.reason = t,
            _ => return None,
        }
        Some(s)
    }
}

fn put_text(slot: &mut String, value: Value) -> bool {
    match value {
        Value::Text(t) => {
            *slot = t;
            true
        }
        _ => false,
    }
}

fn put_bool(slot: &mut bool, value: Value) -> bool {
    match value {
        Value::Bool(b) => {
            *slot = b;
            true
        }
        _ => false,
    }
}

fn put_number(slot: &mut Option<u32>, value: Value) -> bool {
    match value {
        Value::Number(n) => {
            *slot = n;
            true
        }
        _ => false,
    }
}

fn put_authority(slot: &mut Option<Authority>, value: Value) -> bool {
    match value {
        Value::Choice(Choice::Unset) => {
            *slot = None;
            true
        }
        Value::Choice(Choice::Authority(a)) => {
            *slot = Some(a);
            true
        }
        _ => false,
    }
}
