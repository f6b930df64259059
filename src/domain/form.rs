//! The page's form tables: for every step and the recovery path, one table of
//! its controls, like step 4's [`super::company_portal::FIELDS`]. Each row
//! says the control's element id, its label, its kind, the plan field it
//! edits (and so where its findings point), and, in step 6, the platform that
//! shows it. The page draws every step with the same few components that read
//! these rows ([`Control::read`], [`Control::action`], [`Control::path`],
//! [`Control::dom_id`]); no label, option or id is written twice.

use super::authority::Authority;
use super::checklist::ItemStatus;
use super::company_portal;
use super::connections::DomainField;
use super::edit::{At, Choice, Field, ItemInput, Value};
use super::enrollment::{ImeiCsv, Platform};
use super::finding::FieldPath;
use super::groups::{GroupField, GroupKind, Membership};
use super::licenses::AssignMethod;
use super::limits::List;
use super::plan::{Action, Plan};
use super::recovery::ResetList;
use super::ruleset::Ruleset;
use super::steps::StepId;
use super::{authority, connections, enrollment, groups, licenses, recovery};
use crate::i18n::enrollment::platform_label;
use crate::i18n::Text;

/// How a choice is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChoiceStyle {
    /// A radio group (the group element carries the id).
    Radio,
    /// A `<select>`; [`Choice::Unset`] is its first option when listed.
    Select,
}

/// The kind of a control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One line of text.
    Text,
    /// Several lines of text.
    MultiLine,
    Checkbox,
    /// `<input type="date">`, stored as `YYYY-MM-DD`.
    Date,
    /// A whole number, empty allowed.
    Number,
    /// One of the options, each with its label.
    Choice {
        options: &'static [(Choice, Text)],
        style: ChoiceStyle,
    },
    /// A file picked by the user (the IMEI file): the page reads it and sends
    /// [`imei_file_action`].
    File,
}

/// One control of a form table.
#[derive(Clone, Copy, Debug)]
pub struct Control {
    /// The element id (entries add `-<n>`, items are `item-<id>-<key>`).
    pub key: &'static str,
    pub label: Text,
    pub kind: Kind,
    pub field: Field,
    /// Step 6: the platform whose tick shows this control.
    pub platform: Option<Platform>,
}

const fn c(key: &'static str, label: Text, kind: Kind, field: Field) -> Control {
    Control {
        key,
        label,
        kind,
        field,
        platform: None,
    }
}

const fn on(platform: Platform, control: Control) -> Control {
    Control {
        platform: Some(platform),
        ..control
    }
}

/// A list of a step (domains, groups) with its buttons.
#[derive(Clone, Copy, Debug)]
pub struct ListForm {
    pub list: List,
    /// The "Add …" button's label and element id.
    pub add: Text,
    pub add_key: &'static str,
    /// The "Remove …" button's label ("Move up"/"Move down" are shared).
    pub remove: Text,
    /// Element id prefix of an entry's container and buttons.
    pub entry_key: &'static str,
    /// The controls of each entry.
    pub controls: &'static [Control],
}

impl ListForm {
    /// The element id of the entry at `index` (its container).
    pub fn entry_id(&self, index: usize) -> String {
        format!("{}-{}", self.entry_key, index.saturating_add(1))
    }

    /// The element ids of an entry's buttons: remove, move up, move down.
    pub fn button_ids(&self, index: usize) -> [String; 3] {
        let n = index.saturating_add(1);
        let k = self.entry_key;
        [
            format!("{k}-remove-{n}"),
            format!("{k}-up-{n}"),
            format!("{k}-down-{n}"),
        ]
    }

    /// Where the focus goes after the entry at `removed` was removed and
    /// `remaining` entries are left: the first control of the entry now in
    /// its place, else of the entry before it, else the "Add" button.
    pub fn focus_after_remove(&self, removed: usize, remaining: usize) -> String {
        let target = if removed < remaining {
            Some(removed)
        } else {
            remaining.checked_sub(1)
        };
        match (target, self.controls.first()) {
            (Some(i), Some(first)) => first.dom_id(At::Entry(i)),
            _ => self.add_key.to_owned(),
        }
    }
}

/// A step's form.
#[derive(Clone, Copy, Debug)]
pub struct Form {
    pub step: StepId,
    /// The step's heading (`h2`).
    pub title: Text,
    /// The fragment of the step's address, such as `step-1` or `recovery`.
    pub fragment: &'static str,
    /// The step's list, if it has one (shown before `controls`).
    pub list: Option<ListForm>,
    /// The step's own controls, in order. Step 4 has its own table,
    /// [`company_portal::FIELDS`].
    pub controls: &'static [Control],
}

const AUTHORITY_OPTIONS: &[(Choice, Text)] = &[
    (Choice::Authority(Authority::Intune), Text::AuthorityIntune),
    (
        Choice::Authority(Authority::ConfigurationManager),
        Text::AuthorityHybrid,
    ),
];
const CURRENT_OPTIONS: &[(Choice, Text)] = &[
    (Choice::Unset, Text::NotChosen),
    (Choice::Authority(Authority::Intune), Text::AuthorityIntune),
    (
        Choice::Authority(Authority::ConfigurationManager),
        Text::AuthorityConfigMgr,
    ),
    (
        Choice::Authority(Authority::Office365),
        Text::AuthorityOffice365,
    ),
];
const INTENDED_OPTIONS: &[(Choice, Text)] = &[
    (Choice::Unset, Text::NotChosen),
    (Choice::Authority(Authority::Intune), Text::AuthorityIntune),
    (
        Choice::Authority(Authority::ConfigurationManager),
        Text::AuthorityConfigMgr,
    ),
];
const GROUP_KIND_OPTIONS: &[(Choice, Text)] = &[
    (Choice::GroupKind(GroupKind::User), Text::GroupTypeUser),
    (Choice::GroupKind(GroupKind::Device), Text::GroupTypeDevice),
];
const MEMBERSHIP_OPTIONS: &[(Choice, Text)] = &[
    (
        Choice::Membership(Membership::Assigned),
        Text::MembershipAssigned,
    ),
    (
        Choice::Membership(Membership::Dynamic),
        Text::MembershipDynamic,
    ),
];
const METHOD_OPTIONS: &[(Choice, Text)] = &[
    (Choice::Unset, Text::NotChosen),
    (
        Choice::Method(AssignMethod::Office365PortalPerUser),
        Text::MethodPerUser,
    ),
    (Choice::Method(AssignMethod::Group), Text::MethodGroup),
];
/// The statuses of an item, with their labels.
pub const STATUS_OPTIONS: &[(Choice, Text)] = &[
    (
        Choice::Status(ItemStatus::NotStarted),
        Text::StatusNotStarted,
    ),
    (
        Choice::Status(ItemStatus::InProgress),
        Text::StatusInProgress,
    ),
    (Choice::Status(ItemStatus::Done), Text::StatusDone),
    (
        Choice::Status(ItemStatus::NotApplicable),
        Text::StatusNotApplicable,
    ),
];

const fn select(options: &'static [(Choice, Text)]) -> Kind {
    Kind::Choice {
        options,
        style: ChoiceStyle::Select,
    }
}

/// Step 1: the controls of each custom domain.
pub const DOMAIN_CONTROLS: &[Control] = &[
    c(
        "domain-name",
        Text::DomainName,
        Kind::Text,
        Field::Domain(DomainField::Name),
    ),
    c(
        "domain-upn-suffix",
        Text::DomainUpnSuffix,
        Kind::Checkbox,
        Field::Domain(DomainField::UpnSuffix),
    ),
    c(
        "domain-verified",
        Text::DomainVerified,
        Kind::Checkbox,
        Field::Domain(DomainField::Verified),
    ),
];

/// Step 3: the controls of each group.
pub const GROUP_CONTROLS: &[Control] = &[
    c(
        "group-name",
        Text::GroupName,
        Kind::Text,
        Field::Group(GroupField::Name),
    ),
    c(
        "group-type",
        Text::GroupType,
        select(GROUP_KIND_OPTIONS),
        Field::Group(GroupField::Kind),
    ),
    c(
        "group-membership",
        Text::GroupMembership,
        select(MEMBERSHIP_OPTIONS),
        Field::Group(GroupField::Membership),
    ),
    c(
        "group-purpose",
        Text::GroupPurpose,
        Kind::Text,
        Field::Group(GroupField::Purpose),
    ),
];

/// Step 2.
pub const AUTHORITY_CONTROLS: &[Control] = &[c(
    "mdm-authority",
    Text::MdmAuthority,
    Kind::Choice {
        options: AUTHORITY_OPTIONS,
        style: ChoiceStyle::Radio,
    },
    Field::Authority,
)];

/// Step 5.
pub const LICENSE_CONTROLS: &[Control] = &[
    c(
        "license-who",
        Text::LicenseWho,
        Kind::Text,
        Field::LicenseWho,
    ),
    c(
        "license-method",
        Text::LicenseMethod,
        select(METHOD_OPTIONS),
        Field::LicenseMethod,
    ),
    c(
        "devices-per-user",
        Text::DevicesPerUser,
        Kind::Number,
        Field::DevicesPerUser,
    ),
    c(
        "users-from-on-premises-ad",
        Text::UsersFromOnPremisesAd,
        Kind::Checkbox,
        Field::UsersFromOnPremisesAd,
    ),
];

/// Step 6: the platforms, the device limit, then each platform's fields.
pub const ENROLLMENT_CONTROLS: &[Control] = &[
    c(
        "platform-ios-mac",
        platform_label(Platform::IosMac),
        Kind::Checkbox,
        Field::Platform(Platform::IosMac),
    ),
    c(
        "platform-android",
        platform_label(Platform::Android),
        Kind::Checkbox,
        Field::Platform(Platform::Android),
    ),
    c(
        "platform-android-for-work",
        platform_label(Platform::AndroidForWork),
        Kind::Checkbox,
        Field::Platform(Platform::AndroidForWork),
    ),
    c(
        "platform-windows-phone",
        platform_label(Platform::WindowsPhone),
        Kind::Checkbox,
        Field::Platform(Platform::WindowsPhone),
    ),
    c(
        "platform-windows-pc",
        platform_label(Platform::WindowsPc),
        Kind::Checkbox,
        Field::Platform(Platform::WindowsPc),
    ),
    c(
        "platform-windows-mdm",
        platform_label(Platform::WindowsMdm),
        Kind::Checkbox,
        Field::Platform(Platform::WindowsMdm),
    ),
    c(
        "platform-corporate-owned",
        platform_label(Platform::CorporateOwned),
        Kind::Checkbox,
        Field::Platform(Platform::CorporateOwned),
    ),
    c(
        "device-limit",
        Text::DeviceLimit,
        Kind::Number,
        Field::DeviceLimit,
    ),
    on(
        Platform::IosMac,
        c(
            "apns-expiry",
            Text::ApnsExpiry,
            Kind::Date,
            Field::ApnsExpiry,
        ),
    ),
    on(
        Platform::IosMac,
        c("apple-id", Text::AppleId, Kind::Text, Field::AppleId),
    ),
    on(
        Platform::IosMac,
        c("dep-token", Text::DepToken, Kind::Checkbox, Field::DepToken),
    ),
    on(
        Platform::IosMac,
        c(
            "dep-token-expiry",
            Text::DepTokenExpiry,
            Kind::Date,
            Field::DepTokenExpiry,
        ),
    ),
    on(
        Platform::IosMac,
        c(
            "vpp-token-expiry",
            Text::VppTokenExpiry,
            Kind::Date,
            Field::VppTokenExpiry,
        ),
    ),
    on(
        Platform::AndroidForWork,
        c(
            "google-account",
            Text::GoogleAccount,
            Kind::Text,
            Field::GoogleAccount,
        ),
    ),
    on(
        Platform::WindowsPc,
        c("pc-count", Text::PcCount, Kind::Number, Field::PcCount),
    ),
    on(
        Platform::CorporateOwned,
        c(
            "dem-account",
            Text::DemAccount,
            Kind::Text,
            Field::DemAccount,
        ),
    ),
    on(
        Platform::CorporateOwned,
        c(
            "dem-devices",
            Text::DemDevices,
            Kind::Number,
            Field::DemDevices,
        ),
    ),
    on(
        Platform::CorporateOwned,
        c(
            "dem-is-intune-admin",
            Text::DemIsIntuneAdmin,
            Kind::Checkbox,
            Field::DemIsIntuneAdmin,
        ),
    ),
    on(
        Platform::CorporateOwned,
        c("imei-file", Text::ImeiFile, Kind::File, Field::ImeiCsv),
    ),
];

/// The recovery path.
pub const RECOVERY_CONTROLS: &[Control] = &[
    c(
        "current-authority",
        Text::CurrentAuthority,
        select(CURRENT_OPTIONS),
        Field::CurrentAuthority,
    ),
    c(
        "intended-authority",
        Text::IntendedAuthority,
        select(INTENDED_OPTIONS),
        Field::TargetAuthority,
    ),
    c(
        "configmgr-version",
        Text::ConfigMgrVersion,
        Kind::Text,
        Field::ConfigMgrVersion,
    ),
    c(
        "intune-release",
        Text::IntuneRelease,
        Kind::Text,
        Field::IntuneRelease,
    ),
    c(
        "co-existence",
        Text::CoExistence,
        Kind::Checkbox,
        Field::CoExistence,
    ),
    c("tenant-id", Text::TenantId, Kind::Text, Field::TenantId),
    c(
        "reset-checklists-done",
        Text::ResetChecklistsDone,
        Kind::Checkbox,
        Field::Confirmation,
    ),
];

/// The Overview's controls: the report's cover fields ("Prepared by",
/// "Prepared for"). The page draws them with the same `ControlView` as every
/// step, at [`At::Plan`]; their findings (a note when over
/// [`super::report_info::MAX_LEN`] characters) point at them.
pub const OVERVIEW_CONTROLS: &[Control] = &[
    c(
        "prepared-by",
        Text::PreparedBy,
        Kind::Text,
        Field::PreparedBy,
    ),
    c(
        "prepared-for",
        Text::PreparedFor,
        Kind::Text,
        Field::PreparedFor,
    ),
];

/// The controls of every checklist item (the reason shows only when the item
/// does not apply: [`Control::visible`]).
pub const ITEM_CONTROLS: &[Control] = &[
    c(
        "status",
        Text::ItemStatus,
        select(STATUS_OPTIONS),
        Field::Item(ItemInput::Status),
    ),
    c(
        "reason",
        Text::ItemReason,
        Kind::Text,
        Field::Item(ItemInput::Reason),
    ),
    c(
        "owner",
        Text::ItemOwner,
        Kind::Text,
        Field::Item(ItemInput::Owner),
    ),
    c(
        "due-date",
        Text::ItemDueDate,
        Kind::Date,
        Field::Item(ItemInput::DueDate),
    ),
    c(
        "note",
        Text::ItemNote,
        Kind::Text,
        Field::Item(ItemInput::Note),
    ),
];

/// The controls of a reset-checklist item: a tick box named by the item's
/// own text (`label` is only its fallback), then owner, due date and note.
pub const RESET_ITEM_CONTROLS: &[Control] = &[
    c(
        "done",
        Text::StatusDone,
        Kind::Checkbox,
        Field::Item(ItemInput::Done),
    ),
    c(
        "owner",
        Text::ItemOwner,
        Kind::Text,
        Field::Item(ItemInput::Owner),
    ),
    c(
        "due-date",
        Text::ItemDueDate,
        Kind::Date,
        Field::Item(ItemInput::DueDate),
    ),
    c(
        "note",
        Text::ItemNote,
        Kind::Text,
        Field::Item(ItemInput::Note),
    ),
];

/// The forms of the seven steps and the recovery path, in [`StepId::ALL`] order.
pub const FORMS: &[Form] = &[
    Form {
        step: StepId::Connections,
        title: Text::StepConnectionsTitle,
        fragment: "step-1",
        list: Some(ListForm {
            list: List::Domains,
            add: Text::AddDomain,
            add_key: "add-domain",
            remove: Text::RemoveDomain,
            entry_key: "domain",
            controls: DOMAIN_CONTROLS,
        }),
        controls: &[],
    },
    Form {
        step: StepId::MdmAuthority,
        title: Text::StepAuthorityTitle,
        fragment: "step-2",
        list: None,
        controls: AUTHORITY_CONTROLS,
    },
    Form {
        step: StepId::Groups,
        title: Text::StepGroupsTitle,
        fragment: "step-3",
        list: Some(ListForm {
            list: List::Groups,
            add: Text::AddGroup,
            add_key: "add-group",
            remove: Text::RemoveGroup,
            entry_key: "group",
            controls: GROUP_CONTROLS,
        }),
        controls: &[],
    },
    Form {
        step: StepId::CompanyPortal,
        title: Text::StepPortalTitle,
        fragment: "step-4",
        list: None,
        controls: &[],
    },
    Form {
        step: StepId::Licenses,
        title: Text::StepLicensesTitle,
        fragment: "step-5",
        list: None,
        controls: LICENSE_CONTROLS,
    },
    Form {
        step: StepId::Enrollment,
        title: Text::StepEnrollmentTitle,
        fragment: "step-6",
        list: None,
        controls: ENROLLMENT_CONTROLS,
    },
    Form {
        step: StepId::NextSteps,
        title: Text::StepNextStepsTitle,
        fragment: "step-7",
        list: None,
        controls: &[],
    },
    Form {
        step: StepId::Recovery,
        title: Text::StepRecoveryTitle,
        fragment: "recovery",
        list: None,
        controls: RECOVERY_CONTROLS,
    },
];

/// The fragment of the overview.
pub const OVERVIEW_FRAGMENT: &str = "overview";
/// The fragment of the printable readiness report.
pub const REPORT_FRAGMENT: &str = "report";
/// The fragment of the comparison with a picked file.
pub const COMPARE_FRAGMENT: &str = "compare";
/// The fragment of the preview of a move to other rules.
pub const MOVE_FRAGMENT: &str = "move-rules";
/// The fragment of the list of plans kept in this browser.
pub const PLANS_FRAGMENT: &str = "plans";

/// The form of a step.
pub fn form(step: StepId) -> Option<&'static Form> {
    FORMS.iter().find(|f| f.step == step)
}

/// The step whose address is this fragment (without `#`), if any.
pub fn step_of_fragment(fragment: &str) -> Option<StepId> {
    FORMS
        .iter()
        .find(|f| f.fragment == fragment)
        .map(|f| f.step)
}

/// True for the items of reset checklists A, B and C: a tick box each, no
/// status control.
pub fn is_reset_item(id: &str) -> bool {
    [ResetList::A, ResetList::B, ResetList::C]
        .into_iter()
        .any(|l| id.starts_with(l.prefix()))
}

/// The controls of a checklist item.
pub fn item_controls(id: &str) -> &'static [Control] {
    if is_reset_item(id) {
        RESET_ITEM_CONTROLS
    } else {
        ITEM_CONTROLS
    }
}

/// What the user did to a control, as the page reads it.
#[derive(Clone, Copy, Debug)]
pub enum Input<'a> {
    /// The text of a text, date or number field.
    Text(&'a str),
    /// A tick box.
    Checked(bool),
    /// The [`Choice::key`] of the chosen option.
    Choice(&'a str),
}

impl Control {
    /// The element id of this control at `at`: `key`, `key-<n>` (entry `n`,
    /// counted from 1), or `item-<id>-<key>`.
    pub fn dom_id(&self, at: At) -> String {
        match at {
            At::Plan => self.key.to_owned(),
            At::Entry(i) => format!("{}-{}", self.key, i.saturating_add(1)),
            At::Item(id) => format!("item-{id}-{}", self.key),
        }
    }

    /// Where this control's findings point (for `aria-invalid` and messages).
    pub fn path(&self, at: At) -> Option<FieldPath> {
        self.field.path(at)
    }

    /// The control's value in the plan (`None` for a missing entry).
    pub fn read(&self, plan: &Plan, at: At) -> Option<Value> {
        plan.value(self.field, at)
    }

    /// True when the ruleset has this control: the authority is a choice
    /// only when there is more than one (today it is always Intune),
    /// retired platforms and their fields are not offered, and the fields
    /// of today's rules (group membership, the Apps and Books token) only
    /// under them. A value a ruleset does not show is kept in the plan.
    pub fn offered(&self, rules: &Ruleset) -> bool {
        let field = match self.field {
            Field::Authority => rules.mdm_authority.choices.len() > 1,
            Field::Platform(p) => rules.enrollment.platforms.contains(&p),
            Field::Group(GroupField::Membership) => rules.groups.membership,
            Field::VppTokenExpiry => rules.enrollment.vpp_token_validity_days.is_some(),
            _ => true,
        };
        let platform = self
            .platform
            .is_none_or(|p| rules.enrollment.platforms.contains(&p));
        field && platform
    }

    /// The control's label under these rules (today's words where the
    /// ruleset renames it).
    pub fn label_in(&self, rules: &Ruleset) -> Text {
        rules.text(self.label)
    }

    /// True when the control shows: the ruleset offers it, its platform is
    /// ticked, and an item's reason only while the item does not apply.
    /// Hidden values are kept.
    pub fn visible(&self, plan: &Plan, at: At, rules: &Ruleset) -> bool {
        if !self.offered(rules) {
            return false;
        }
        let platform = self
            .platform
            .is_none_or(|p| plan.enrollment.platforms.has(p));
        let reason = match (self.field, at) {
            (Field::Item(ItemInput::Reason), At::Item(id)) => {
                super::checklist::state(plan, id).status == ItemStatus::NotApplicable
            }
            _ => true,
        };
        platform && reason
    }

    /// The action for what the user did, or `None` when the input does not
    /// fit this control (a tick for a text field, an unknown option).
    pub fn action(&self, at: At, input: Input<'_>) -> Option<Action> {
        let value = match (self.kind, input) {
            (Kind::Text | Kind::MultiLine | Kind::Date, Input::Text(t)) => {
                Value::Text(t.to_owned())
            }
            (Kind::Number, Input::Text(t)) => Value::number(t),
            (Kind::Checkbox, Input::Checked(b)) => Value::Bool(b),
            (Kind::Choice { options, .. }, Input::Choice(key)) => {
                Value::Choice(options.iter().find(|(o, _)| o.key() == key)?.0)
            }
            _ => return None,
        };
        Some(Action::Set(self.field, at, value))
    }
}

/// The action for an IMEI file the user picked.
pub fn imei_file_action(file_name: &str, content: &[u8], ruleset: &Ruleset) -> Action {
    let csv: ImeiCsv = enrollment::inspect_imei_csv(file_name, content, ruleset.enrollment);
    Action::SetImeiCsv(Some(Box::new(csv)))
}

fn find(controls: &'static [Control], field: Field) -> Option<&'static Control> {
    controls.iter().find(|c| c.field == field)
}

fn scalar(field: Field) -> Option<&'static Control> {
    [
        AUTHORITY_CONTROLS,
        LICENSE_CONTROLS,
        ENROLLMENT_CONTROLS,
        RECOVERY_CONTROLS,
        OVERVIEW_CONTROLS,
    ]
    .into_iter()
    .find_map(|t| find(t, field))
}

/// The element id of the control a finding points at, for the overview's
/// links. Every path has one (an exhaustive match in [`control`]).
pub fn dom_id(path: FieldPath) -> Option<String> {
    match path {
        FieldPath::Portal(id) => Some(company_portal::spec(id).key.to_owned()),
        FieldPath::Connections(connections::Path::Domains) => Some("add-domain".into()),
        _ => control(path).map(|(c, at)| c.dom_id(at)),
    }
}

/// The control of a form table a finding points at, and where (step 4's
/// fields and the list of domains as a whole have none: step 4 has its own
/// table, [`company_portal::FIELDS`]).
pub fn control(path: FieldPath) -> Option<(&'static Control, At)> {
    use super::checklist::ItemField;
    use enrollment::Path as E;
    use recovery::Path as R;
    let field = match path {
        FieldPath::Portal(_) | FieldPath::Connections(connections::Path::Domains) => return None,
        FieldPath::Item(id, f) => {
            let input = match f {
                ItemField::Status if is_reset_item(id) => ItemInput::Done,
                ItemField::Status => ItemInput::Status,
                ItemField::Reason => ItemInput::Reason,
                ItemField::DueDate => ItemInput::DueDate,
            };
            // A reset item has no reason control (a file may still mark it not
            // applicable): its link goes to its tick box.
            let controls = item_controls(id);
            return find(controls, Field::Item(input))
                .or(controls.first())
                .map(|c| (c, At::Item(id)));
        }
        FieldPath::Connections(connections::Path::Domain(i, f)) => {
            return find(DOMAIN_CONTROLS, Field::Domain(f)).map(|c| (c, At::Entry(i)));
        }
        FieldPath::Groups(groups::Path::Group(i, f)) => {
            return find(GROUP_CONTROLS, Field::Group(f)).map(|c| (c, At::Entry(i)));
        }
        FieldPath::Authority(authority::Path::Authority) => Field::Authority,
        FieldPath::Licenses(p) => match p {
            licenses::Path::Who => Field::LicenseWho,
            licenses::Path::Method => Field::LicenseMethod,
            licenses::Path::UsersFromOnPremisesAd => Field::UsersFromOnPremisesAd,
            licenses::Path::DevicesPerUser => Field::DevicesPerUser,
        },
        FieldPath::Enrollment(p) => match p {
            E::Platforms => Field::Platform(Platform::IosMac),
            // Windows enrollment without a CNAME: about the Windows MDM platforms.
            E::WindowsDiscovery => Field::Platform(Platform::WindowsMdm),
            E::AppleId => Field::AppleId,
            E::ApnsExpiry => Field::ApnsExpiry,
            E::DepTokenExpiry => Field::DepTokenExpiry,
            E::VppTokenExpiry => Field::VppTokenExpiry,
            E::GoogleAccount => Field::GoogleAccount,
            E::PcCount => Field::PcCount,
            E::DemAccount => Field::DemAccount,
            E::DemDevices => Field::DemDevices,
            E::DemIsIntuneAdmin => Field::DemIsIntuneAdmin,
            E::ImeiCsv => Field::ImeiCsv,
            E::DeviceLimit => Field::DeviceLimit,
        },
        FieldPath::Recovery(p) => match p {
            R::CurrentAuthority => Field::CurrentAuthority,
            R::TargetAuthority => Field::TargetAuthority,
            R::CoExistence => Field::CoExistence,
            R::ConfigMgrVersion => Field::ConfigMgrVersion,
            R::IntuneRelease => Field::IntuneRelease,
            R::TenantId => Field::TenantId,
            R::Confirmation => Field::Confirmation,
        },
        FieldPath::Report(p) => match p {
            super::report_info::Path::PreparedBy => Field::PreparedBy,
            super::report_info::Path::PreparedFor => Field::PreparedFor,
        },
    };
    scalar(field).map(|c| (c, At::Plan))
}

/// The element id of a checklist item's first control (its status, or its
/// tick box in a reset checklist), for links to an item.
pub fn item_dom_id(id: &'static str) -> String {
    let key = item_controls(id).first().map_or("status", |c| c.key);
    format!("item-{id}-{key}")
}

/// Every control of every table, with the step it belongs to (items excluded).
pub fn all_controls() -> impl Iterator<Item = (StepId, &'static Control)> {
    FORMS.iter().flat_map(|f| {
        f.list
            .iter()
            .flat_map(|l| l.controls.iter())
            .chain(f.controls.iter())
            .map(move |c| (f.step, c))
    })
}
