//! What to do after choosing the wrong MDM authority (the source's last
//! section): change it yourself, or ask Microsoft Support to reset it after
//! completing one or two reset checklists.
//!
//! The decision (DOMAIN §9.1) is a function of the section's inputs and the
//! ruleset's [`Rules`] alone: [`decide`]. Its thresholds (Configuration Manager
//! 1610, Intune 1705), its table of routes (which change is self-service and
//! which reset checklists a support request needs), the after-effects of a
//! self-service change and the reset notice are all data in [`Rules`].
//!
//! Checklist items are [`ItemDef`]s whose predicate decides with the same
//! rules: an item applies only when the decision selects its list. Item
//! predicates are plain `fn(&Plan) -> bool` without a context, so each
//! ruleset binds its predicates to its own `Rules` constant through the
//! [`Bound`] trait (see [`Classic2017`]); a later ruleset (hybrid MDM retired)
//! is another `Rules` constant with its own items bound to it.
//!
//! The note of checklist C ("the iOS APNs certificate cannot be deleted and
//! stays tied to the account") is not an item (there is nothing to tick): it is
//! a derived [`Note`], shown with checklist C.

use serde::Serialize;

use super::authority::Authority;
use super::checklist::{self, ItemDef, ItemStatus};
use super::checks;
use super::finding::{self, FieldPath, Finding};
use super::plan::{Ctx, Plan};
use super::steps::StepId;

/// What the user entered for the recovery path.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Recovery {
    /// The MDM authority the tenant has now; none when it was never set (then
    /// there is nothing to reset: set it in step 2).
    pub current_authority: Option<Authority>,
    /// The MDM authority the tenant should have.
    pub target_authority: Option<Authority>,
    /// The console shows "Managed by Intune and Office 365": Intune is the
    /// current authority and co-exists with Office 365 MDM. Only meaningful
    /// when the current authority is Intune.
    pub co_existence: bool,
    /// The Configuration Manager version as typed: a current-branch version
    /// YYMM (for example "1610" for October 2016, also "Current Branch
    /// 1610"), or an older one such as "2012 R2 SP1".
    pub configmgr_version: String,
    /// The Intune service release as typed, four digits YYMM (for example
    /// "1705" for May 2017). Empty: the 2017 ruleset assumes 1705 (every
    /// tenant ran it from May 2017); a value overrides that.
    pub intune_release: String,
    /// For the support request: the tenant ID. In the 2017 wording this is the
    /// domain used to sign in to the service (for example
    /// contoso.onmicrosoft.com); a tenant GUID is accepted too.
    pub tenant_id: String,
    /// The admin confirms that every item of the applicable reset checklists
    /// is done (Microsoft Support asks for this confirmation).
    pub checklist_confirmed: bool,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// Where a finding of the recovery path points (one per input).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    CurrentAuthority,
    TargetAuthority,
    CoExistence,
    ConfigMgrVersion,
    IntuneRelease,
    TenantId,
    Confirmation,
}

impl Path {
    pub const ALL: [Path; 7] = [
        Path::CurrentAuthority,
        Path::TargetAuthority,
        Path::CoExistence,
        Path::ConfigMgrVersion,
        Path::IntuneRelease,
        Path::TenantId,
        Path::Confirmation,
    ];
}

/// What a finding of the recovery path says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// A current authority is set but no target: nothing can be decided.
    TargetRequired,
    /// A version is not four digits YYMM with a month 01–12 (nor, for
    /// Configuration Manager, an older version); `example` is the rule's
    /// threshold, shown as an example, and `older` an older version the field
    /// also accepts (the last of [`Rules::legacy_configmgr`]), if any.
    VersionFormat {
        example: u32,
        older: Option<&'static str>,
    },
    /// The change could be self-service from this version on, but the version
    /// is not entered: until it is, the plan assumes a support request.
    VersionNeeded { min: u32 },
    /// Co-existence is ticked while the current authority is not Intune; it is
    /// ignored.
    CoExistenceIgnored,
    /// Configuration Manager (hybrid MDM) is retired in this ruleset.
    HybridRetired,
    /// Configuration Manager (hybrid MDM) is the target, and today is on or
    /// after the day Microsoft retired hybrid MDM (the 2017 ruleset still
    /// describes it; this note says it no longer exists).
    HybridMdmRetired { on: super::date::Date },
    /// The version is later than today's year and month (`latest`, YYMM):
    /// probably a typing error.
    VersionInFuture { version: u32, latest: u32 },
    /// A support request needs the tenant ID.
    TenantIdRequired,
    /// The tenant ID is neither a domain name nor a GUID.
    TenantIdFormat,
    /// A GUID was entered; the 2017 procedure asks for the sign-in domain.
    TenantIdGuid,
    /// The checklist is confirmed while `open` applicable items are not done.
    ConfirmedWithOpenItems { open: usize },
    /// The confirmation is ticked but no reset checklist applies.
    ConfirmationNotNeeded,
}

/// The state of the tenant's MDM authority, as the decision table reads it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    Intune,
    /// Intune co-existing with Office 365 ("Managed by Intune and Office 365").
    IntuneWithOffice365,
    ConfigurationManager,
    Office365,
}

impl Origin {
    /// The origin of a current authority; co-existence counts only with Intune.
    pub fn of(current: Authority, co_existence: bool) -> Origin {
        match (current, co_existence) {
            (Authority::Intune, true) => Origin::IntuneWithOffice365,
            (Authority::Intune, false) => Origin::Intune,
            (Authority::ConfigurationManager, _) => Origin::ConfigurationManager,
            (Authority::Office365, _) => Origin::Office365,
        }
    }
}

/// A change the admin can make without Microsoft Support.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// Intune standalone to Configuration Manager (hybrid).
    IntuneToConfigMgr,
    /// Configuration Manager (hybrid) to Intune standalone.
    ConfigMgrToIntune,
}

/// A reset checklist of the source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ResetList {
    /// RST-A: reset from Intune to Configuration Manager.
    A,
    /// RST-B: reset from Configuration Manager to Intune.
    B,
    /// RST-C: reset from Office 365 to Configuration Manager.
    C,
}

impl ResetList {
    pub const ALL: [ResetList; 3] = [ResetList::A, ResetList::B, ResetList::C];

    /// The prefix of the list's item ids, for example `RST-A-`.
    pub fn prefix(self) -> &'static str {
        match self {
            ResetList::A => "RST-A-",
            ResetList::B => "RST-B-",
            ResetList::C => "RST-C-",
        }
    }
}

/// What the analysis decides for the recovery path.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Decision {
    /// No current authority: nothing to reset; set it in step 2.
    #[default]
    SetInStep2,
    /// The target authority is missing: nothing can be decided yet.
    Undecided,
    /// The target is the current authority.
    NothingToDo,
    /// Change it yourself: no Microsoft Support, no re-enrollment.
    SelfService(Change),
    /// Ask Microsoft Support for a reset after completing these checklists
    /// (in this order).
    SupportRequest(&'static [ResetList]),
    /// A scenario the source does not list: contact Microsoft Support.
    ContactSupport,
    /// The target is Configuration Manager, which this ruleset has retired.
    HybridRetired,
}

impl Decision {
    /// The reset checklists the decision selects (none unless a support request).
    pub fn checklists(self) -> &'static [ResetList] {
        match self {
            Decision::SupportRequest(lists) => lists,
            _ => &[],
        }
    }

    /// True when the next step is Microsoft Support (with or without checklists).
    pub fn needs_support(self) -> bool {
        matches!(self, Decision::SupportRequest(_) | Decision::ContactSupport)
    }
}

/// Why the decision is what it is, as typed data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Reason {
    /// No current authority is set.
    NoCurrentAuthority,
    /// No target authority is chosen.
    TargetMissing,
    /// The target equals the current authority.
    SameAuthority {
        authority: Authority,
    },
    /// The source allows a self-service change between these two (either direction).
    SelfServicePair {
        from: Authority,
        to: Authority,
    },
    ConfigMgrVersionMeets {
        version: u32,
        min: u32,
    },
    ConfigMgrVersionTooOld {
        version: u32,
        min: u32,
    },
    /// A version of the older families (System Center 2012 and earlier):
    /// older than any current-branch version, so too old.
    ConfigMgrVersionLegacy {
        name: &'static str,
        min: u32,
    },
    /// Not entered (or not readable): the self-service condition cannot be checked.
    ConfigMgrVersionUnknown {
        min: u32,
    },
    IntuneReleaseMeets {
        release: u32,
        min: u32,
    },
    IntuneReleaseTooOld {
        release: u32,
        min: u32,
    },
    /// Not entered: the ruleset assumes this release (every tenant ran it
    /// at the time of the source).
    IntuneReleaseAssumed {
        release: u32,
        min: u32,
    },
    /// Not entered (or not readable).
    IntuneReleaseUnknown {
        min: u32,
    },
    /// Co-existence with Office 365 and a support reset: confirm both the
    /// Intune and the Office 365 checklists.
    CoExistenceBothLists,
    /// Co-existence with Office 365 and a self-service change: license the
    /// users managed by Office 365 for Intune first.
    CoExistenceLicenseFirst,
    /// This route is a support reset only (for example Office 365 →
    /// Configuration Manager).
    SupportOnly {
        from: Authority,
        to: Authority,
    },
    /// The source lists no reset for this route.
    NotListed {
        from: Authority,
        to: Authority,
    },
    /// Hybrid MDM is retired in this ruleset.
    HybridRetired,
}

/// A consequence of a self-service change (DOMAIN §3.2), with its numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Effect {
    /// Devices may take up to this many hours to register under the new authority.
    DevicesMoveWithinHours { hours: u32 },
    /// iOS enrollments and check-ins fail until the renewed APNs certificate is
    /// uploaded to the new authority: upload it at once.
    IosFailsUntilApnsUploaded,
    /// Offline devices keep e-mail, VPN, certificate, Wi-Fi and configuration
    /// profiles for up to this many days (or until their first check-in).
    OfflineDevicesKeepProfilesDays { days: u32 },
    /// Compliance data in the console may take up to this many weeks to be accurate.
    ComplianceDataWithinWeeks { weeks: u32 },
    /// Devices without a user (DEP, bulk enrollment) are not migrated: call support.
    UserlessDevicesNotMigrated,
}

/// A note shown with a reset checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Note {
    /// The iOS APNs certificate cannot be deleted and stays tied to the account
    /// (the source misspells it "APsN").
    ApnsCertificateStaysWithAccount,
}

/// What to expect after a support request (source: "Next steps for MDM
/// authority resets").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Notice {
    /// The reset takes at most this many business days after support has
    /// verified the checklist…
    pub max_business_days: u32,
    /// …and usually no more than this many days ("typically within one day").
    pub usual_days: u32,
    /// Nothing may be configured before support confirms the reset is done.
    pub wait_for_confirmation: bool,
}

/// One row of the decision table: what to do for a route.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Route {
    pub from: Origin,
    pub to: Authority,
    /// The self-service change allowed when both versions meet the thresholds.
    pub self_service: Option<Change>,
    /// Which of the source's three ways to reset the MDM authority applies
    /// (the support request names it): the way whose checklist has this
    /// letter.
    pub scenario: ResetList,
    /// The reset checklists of the support request, in order.
    pub checklists: &'static [ResetList],
}

/// A reset or preparation checklist's note, shown while the list applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ListNote {
    pub list: ResetList,
    pub note: Note,
}

/// The rules of the recovery path in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The checklist items: preparation for a self-service change, then the
    /// reset checklists, in the source's order.
    pub items: &'static [ItemDef],
    /// Lowest Configuration Manager version (YYMM) for a self-service change
    /// (the one place of this fact; step 2 reads it here).
    pub min_configmgr: u32,
    /// Configuration Manager versions of the older families, as admins write
    /// them (compared ignoring case and spaces): all older than any
    /// current-branch version, so too old for a self-service change.
    pub legacy_configmgr: &'static [&'static str],
    /// Lowest Intune service release (YYMM) for a self-service change (the one
    /// place of this fact; step 2 reads it here).
    pub min_intune: u32,
    /// The Intune service release assumed when none is entered. "1705" is a
    /// service release, not a tenant setting: every tenant ran 1705 or later
    /// from May 2017 (DOMAIN §12), so the 2017 ruleset assumes it and the
    /// field only overrides it. `None`: the release must be entered.
    pub assumed_intune_release: Option<u32>,
    /// The decision table; a route not listed means "contact Microsoft Support".
    pub routes: &'static [Route],
    /// Configuration Manager (hybrid MDM) can no longer be chosen as target.
    pub hybrid_retired: bool,
    /// What happens after a self-service change.
    pub effects: &'static [Effect],
    /// Notes shown with a reset checklist.
    pub notes: &'static [ListNote],
    /// What to expect after a support request.
    pub notice: Notice,
}

/// Binds a [`Rules`] constant to a type, so that item predicates (plain
/// functions without a context) decide with the rules of their own ruleset.
pub trait Bound {
    const RULES: &'static Rules;
}

/// The binding of [`CLASSIC_2017`].
pub struct Classic2017;

impl Bound for Classic2017 {
    const RULES: &'static Rules = &CLASSIC_2017;
}

fn list_a<R: Bound>(plan: &Plan) -> bool {
    decision(&plan.recovery, R::RULES)
        .checklists()
        .contains(&ResetList::A)
}
fn list_b<R: Bound>(plan: &Plan) -> bool {
    decision(&plan.recovery, R::RULES)
        .checklists()
        .contains(&ResetList::B)
}
fn list_c<R: Bound>(plan: &Plan) -> bool {
    decision(&plan.recovery, R::RULES)
        .checklists()
        .contains(&ResetList::C)
}
fn to_hybrid<R: Bound>(plan: &Plan) -> bool {
    decision(&plan.recovery, R::RULES) == Decision::SelfService(Change::IntuneToConfigMgr)
}
fn to_hybrid_co_existence<R: Bound>(plan: &Plan) -> bool {
    to_hybrid::<R>(plan) && plan.recovery.co_existence
}
fn to_intune<R: Bound>(plan: &Plan) -> bool {
    decision(&plan.recovery, R::RULES) == Decision::SelfService(Change::ConfigMgrToIntune)
}

const fn item(id: &'static str, when: fn(&Plan) -> bool) -> ItemDef {
    ItemDef::new(id, StepId::Recovery).when(when)
}

/// The source document's rules (ruleset `intune-classic-2017`).
pub const CLASSIC_2017: Rules = Rules {
    items: &[
        // Self-service change, Intune → Configuration Manager (DOMAIN §3.2).
        item("CHG-H-01", to_hybrid::<Classic2017>),
        item("CHG-H-02", to_hybrid::<Classic2017>),
        item("CHG-H-03", to_hybrid_co_existence::<Classic2017>),
        item("CHG-H-04", to_hybrid::<Classic2017>),
        item("CHG-H-05", to_hybrid::<Classic2017>),
        item("CHG-H-06", to_hybrid::<Classic2017>),
        // Self-service change, Configuration Manager → Intune (DOMAIN §3.2).
        item("CHG-I-01", to_intune::<Classic2017>),
        item("CHG-I-02", to_intune::<Classic2017>),
        item("CHG-I-03", to_intune::<Classic2017>),
        item("CHG-I-04", to_intune::<Classic2017>),
        item("CHG-I-05", to_intune::<Classic2017>),
        item("CHG-I-06", to_intune::<Classic2017>),
        // Reset from Intune to Configuration Manager (source, in its order).
        item("RST-A-01", list_a::<Classic2017>),
        item("RST-A-02", list_a::<Classic2017>),
        item("RST-A-03", list_a::<Classic2017>),
        item("RST-A-04", list_a::<Classic2017>),
        item("RST-A-05", list_a::<Classic2017>),
        item("RST-A-06", list_a::<Classic2017>),
        item("RST-A-07", list_a::<Classic2017>),
        item("RST-A-08", list_a::<Classic2017>),
        item("RST-A-09", list_a::<Classic2017>),
        // Reset from Configuration Manager to Intune.
        item("RST-B-01", list_b::<Classic2017>),
        item("RST-B-02", list_b::<Classic2017>),
        item("RST-B-03", list_b::<Classic2017>),
        item("RST-B-04", list_b::<Classic2017>),
        item("RST-B-05", list_b::<Classic2017>),
        item("RST-B-06", list_b::<Classic2017>),
        item("RST-B-07", list_b::<Classic2017>),
        item("RST-B-08", list_b::<Classic2017>),
        item("RST-B-09", list_b::<Classic2017>),
        // Reset from Office 365 to Configuration Manager.
        item("RST-C-01", list_c::<Classic2017>),
        item("RST-C-02", list_c::<Classic2017>),
        item("RST-C-03", list_c::<Classic2017>),
        item("RST-C-04", list_c::<Classic2017>),
    ],
    min_configmgr: 1610,
    // System Center Configuration Manager 2007 and 2012 (RST-B-06 names
    // "2012 R2 SP1"): versions before the current branch (1511 and later).
    legacy_configmgr: &[
        "2007",
        "2007 SP1",
        "2007 SP2",
        "2007 R2",
        "2007 R3",
        "2012",
        "2012 SP1",
        "2012 SP2",
        "2012 R2",
        "2012 R2 SP1",
    ],
    min_intune: 1705,
    // Review Q7: every tenant was on 1705 from May 2017; the source was
    // localised in October 2017.
    assumed_intune_release: Some(1705),
    routes: &[
        Route {
            from: Origin::Intune,
            to: Authority::ConfigurationManager,
            self_service: Some(Change::IntuneToConfigMgr),
            scenario: ResetList::A,
            checklists: &[ResetList::A],
        },
        Route {
            from: Origin::IntuneWithOffice365,
            to: Authority::ConfigurationManager,
            self_service: Some(Change::IntuneToConfigMgr),
            scenario: ResetList::A,
            checklists: &[ResetList::A, ResetList::C],
        },
        Route {
            from: Origin::ConfigurationManager,
            to: Authority::Intune,
            self_service: Some(Change::ConfigMgrToIntune),
            scenario: ResetList::B,
            checklists: &[ResetList::B],
        },
        Route {
            from: Origin::Office365,
            to: Authority::ConfigurationManager,
            self_service: None,
            scenario: ResetList::C,
            checklists: &[ResetList::C],
        },
    ],
    hybrid_retired: false,
    effects: &[
        Effect::DevicesMoveWithinHours { hours: 8 },
        Effect::IosFailsUntilApnsUploaded,
        Effect::OfflineDevicesKeepProfilesDays { days: 7 },
        Effect::ComplianceDataWithinWeeks { weeks: 1 },
        Effect::UserlessDevicesNotMigrated,
    ],
    notes: &[ListNote {
        list: ResetList::C,
        note: Note::ApnsCertificateStaysWithAccount,
    }],
    notice: Notice {
        max_business_days: 3,
        usual_days: 1,
        wait_for_confirmation: true,
    },
};

/// Today's rules (ruleset `intune-2026`): the recovery path belongs to the
/// 2017 ruleset only (hybrid MDM is retired and the 2017 reset checklists are
/// historical, DOMAIN-2026.md §8), so this one is empty: no items, no routes
/// (every change is "contact Microsoft Support"), no thresholds, effects or
/// notes. Its notice is never shown: without routes there is no support
/// request to follow.
pub const INTUNE_2026: Rules = Rules {
    items: &[],
    min_configmgr: 0,
    legacy_configmgr: &[],
    min_intune: 0,
    assumed_intune_release: None,
    routes: &[],
    hybrid_retired: true,
    effects: &[],
    notes: &[],
    notice: Notice {
        max_business_days: 0,
        usual_days: 0,
        wait_for_confirmation: false,
    },
};

/// A version that is not four digits YYMM with a month 01–12.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotYymm;

/// Parses a version as typed: `Ok(None)` when empty, `Ok(Some(yymm))` for four
/// ASCII digits with a month 01–12 (white space around is ignored). Versions
/// are compared as numbers (1702 is later than 1610).
pub fn parse_yymm(text: &str) -> Result<Option<u32>, NotYymm> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err(NotYymm);
    }
    let n: u32 = t.parse().map_err(|_| NotYymm)?;
    if (1..=12).contains(&(n % 100)) {
        Ok(Some(n))
    } else {
        Err(NotYymm)
    }
}

/// A Configuration Manager version as admins write it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConfigMgrVersion {
    /// A current-branch version, YYMM (such as 1610).
    Yymm(u32),
    /// A version of an older family (System Center 2012 and earlier), named
    /// as in [`Rules::legacy_configmgr`].
    Legacy(&'static str),
}

/// Words admins put before the version ("System Center Configuration
/// Manager 2012 R2", "SCCM 1610"); they are skipped.
const PRODUCT_WORDS: &[&str] = &[
    "system",
    "center",
    "configuration",
    "manager",
    "sccm",
    "configmgr",
    "cm",
    "version",
];

/// Parses a Configuration Manager version the way admins write it: "1610",
/// "Current Branch 1610" (or "CB 1610"), "2012", "2012 R2", "2012 R2 SP1"
/// (any case and spacing, with or without "System Center Configuration
/// Manager" before it). A bare "2012" or "2007" is the older product family,
/// not the year-month 20-12; after "Current Branch" four digits are always
/// YYMM. `Ok(None)` when empty.
pub fn parse_configmgr(text: &str, rules: &Rules) -> Result<Option<ConfigMgrVersion>, NotYymm> {
    let lower = text.trim().to_ascii_lowercase();
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    while words.first().is_some_and(|w| PRODUCT_WORDS.contains(w)) {
        words.remove(0);
    }
    let current_branch = match words.as_slice() {
        ["current", "branch", ..] => 2,
        ["cb", ..] => 1,
        _ => 0,
    };
    if current_branch > 0 {
        words.drain(..current_branch);
        if words.first() == Some(&"version") {
            words.remove(0);
        }
        return match words.as_slice() {
            [v] => parse_yymm(v)?
                .map(ConfigMgrVersion::Yymm)
                .map_or(Err(NotYymm), |v| Ok(Some(v))),
            _ => Err(NotYymm),
        };
    }
    let compact: String = words.concat();
    if let Some(name) = rules
        .legacy_configmgr
        .iter()
        .find(|n| n.replace(' ', "").eq_ignore_ascii_case(&compact))
    {
        return Ok(Some(ConfigMgrVersion::Legacy(name)));
    }
    Ok(parse_yymm(&words.join(" "))?.map(ConfigMgrVersion::Yymm))
}

/// A tenant ID as the support request carries it (lower case).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TenantId {
    /// The sign-in domain, for example `contoso.onmicrosoft.com` (2017 wording).
    Domain(String),
    /// A tenant GUID, `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.
    Guid(String),
}

/// Parses a tenant ID: a domain name (at least two labels) or a GUID
/// (optionally in braces). `None` when it is neither (or empty).
pub fn parse_tenant_id(text: &str) -> Option<TenantId> {
    let t = text.trim();
    let g = t
        .strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .unwrap_or(t);
    let guid_shape = g.len() == 36
        && g.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        });
    if guid_shape {
        return Some(TenantId::Guid(g.to_ascii_lowercase()));
    }
    let d = t.strip_suffix('.').unwrap_or(t);
    checks::is_host_name(d).then(|| TenantId::Domain(d.to_ascii_lowercase()))
}

/// The decision and its explanation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub decision: Decision,
    /// Why, in order; never empty.
    pub reasons: Vec<Reason>,
    /// The inputs the decision still needs (empty, or not readable).
    pub missing: Vec<Path>,
}

/// The route of the decision table for the inputs (`None` without a current
/// or target authority, or when the source lists no reset for them).
pub fn route<'r>(r: &Recovery, rules: &'r Rules) -> Option<&'r Route> {
    let origin = Origin::of(r.current_authority?, r.co_existence);
    let target = r.target_authority?;
    rules
        .routes
        .iter()
        .find(|x| x.from == origin && x.to == target)
}

/// The decision alone (used by the item predicates).
pub fn decision(r: &Recovery, rules: &Rules) -> Decision {
    decide(r, rules).decision
}

/// Decides what to do (DOMAIN §9.1). Linear in the size of the route table.
pub fn decide(r: &Recovery, rules: &Rules) -> Outcome {
    let done = |decision, reasons: Vec<Reason>, missing: Vec<Path>| Outcome {
        decision,
        reasons,
        missing,
    };
    let Some(current) = r.current_authority else {
        return done(
            Decision::SetInStep2,
            vec![Reason::NoCurrentAuthority],
            vec![],
        );
    };
    let Some(target) = r.target_authority else {
        return done(
            Decision::Undecided,
            vec![Reason::TargetMissing],
            vec![Path::TargetAuthority],
        );
    };
    if target == current {
        return done(
            Decision::NothingToDo,
            vec![Reason::SameAuthority { authority: current }],
            vec![],
        );
    }
    if rules.hybrid_retired && target == Authority::ConfigurationManager {
        return done(Decision::HybridRetired, vec![Reason::HybridRetired], vec![]);
    }
    let origin = Origin::of(current, r.co_existence);
    let Some(route) = rules
        .routes
        .iter()
        .find(|x| x.from == origin && x.to == target)
    else {
        return done(
            Decision::ContactSupport,
            vec![Reason::NotListed {
                from: current,
                to: target,
            }],
            vec![],
        );
    };
    let co_existence = origin == Origin::IntuneWithOffice365;
    let Some(change) = route.self_service else {
        let mut reasons = vec![Reason::SupportOnly {
            from: current,
            to: target,
        }];
        if co_existence {
            reasons.push(Reason::CoExistenceBothLists);
        }
        return done(Decision::SupportRequest(route.checklists), reasons, vec![]);
    };
    let (min_cm, min_it) = (rules.min_configmgr, rules.min_intune);
    let cm = parse_configmgr(&r.configmgr_version, rules).ok().flatten();
    let it = parse_yymm(&r.intune_release).ok().flatten();
    let cm_reason = match cm {
        Some(ConfigMgrVersion::Legacy(name)) => {
            Reason::ConfigMgrVersionLegacy { name, min: min_cm }
        }
        Some(ConfigMgrVersion::Yymm(v)) if v >= min_cm => Reason::ConfigMgrVersionMeets {
            version: v,
            min: min_cm,
        },
        Some(ConfigMgrVersion::Yymm(v)) => Reason::ConfigMgrVersionTooOld {
            version: v,
            min: min_cm,
        },
        None => Reason::ConfigMgrVersionUnknown { min: min_cm },
    };
    let it_assumed = match rules.assumed_intune_release {
        Some(a) if r.intune_release.trim().is_empty() => Some(a),
        _ => None,
    };
    let it_reason = match (it, it_assumed) {
        (None, Some(a)) if a >= min_it => Reason::IntuneReleaseAssumed {
            release: a,
            min: min_it,
        },
        (None, Some(a)) => Reason::IntuneReleaseTooOld {
            release: a,
            min: min_it,
        },
        (Some(v), _) if v >= min_it => Reason::IntuneReleaseMeets {
            release: v,
            min: min_it,
        },
        (Some(v), _) => Reason::IntuneReleaseTooOld {
            release: v,
            min: min_it,
        },
        (None, None) => Reason::IntuneReleaseUnknown { min: min_it },
    };
    let cm_ok = matches!(cm_reason, Reason::ConfigMgrVersionMeets { .. });
    let it_ok = matches!(
        it_reason,
        Reason::IntuneReleaseMeets { .. } | Reason::IntuneReleaseAssumed { .. }
    );
    if cm_ok && it_ok {
        let mut reasons = vec![
            Reason::SelfServicePair {
                from: current,
                to: target,
            },
            cm_reason,
            it_reason,
        ];
        if co_existence {
            reasons.push(Reason::CoExistenceLicenseFirst);
        }
        return done(Decision::SelfService(change), reasons, vec![]);
    }
    // A version known to be too old decides alone: the other one, known or
    // not, no longer matters (and is not asked for).
    let too_old = |x: &Reason| {
        matches!(
            x,
            Reason::ConfigMgrVersionTooOld { .. }
                | Reason::ConfigMgrVersionLegacy { .. }
                | Reason::IntuneReleaseTooOld { .. }
        )
    };
    let decided = too_old(&cm_reason) || too_old(&it_reason);
    let mut reasons = Vec::with_capacity(3);
    let mut missing = Vec::new();
    for (ok, reason, path) in [
        (cm_ok, cm_reason, Path::ConfigMgrVersion),
        (it_ok, it_reason, Path::IntuneRelease),
    ] {
        if too_old(&reason) {
            reasons.push(reason);
        } else if !ok && !decided {
            reasons.push(reason);
            missing.push(path);
        }
    }
    if co_existence {
        reasons.push(Reason::CoExistenceBothLists);
    }
    done(Decision::SupportRequest(route.checklists), reasons, missing)
}

/// The support-request pack: what Microsoft Support asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SupportPack {
    /// The tenant ID, when it is valid.
    pub tenant_id: Option<TenantId>,
    /// The tenant's MDM authority now.
    pub current: Option<Authority>,
    /// Intune co-exists with Office 365 ("Managed by Intune and Office 365");
    /// only true when the current authority is Intune.
    pub co_existence: bool,
    /// The MDM authority to change to.
    pub target: Option<Authority>,
    /// Which of the source's three ways to reset the MDM authority applies;
    /// `None` when the scenario is not one of them.
    pub scenario: Option<ResetList>,
    /// The reset checklists the request confirms (empty when the scenario is
    /// not listed).
    pub checklists: &'static [ResetList],
    /// The applicable items of those checklists.
    pub items: usize,
    /// Items done (or marked not applicable, with a reason).
    pub complete: usize,
    /// Items still open, in order.
    pub open_items: Vec<&'static str>,
    /// The admin's confirmation that the checklists are complete.
    pub confirmed: bool,
    /// What the request still lacks, in order: a valid tenant ID, the target,
    /// the confirmation (when there are checklist items).
    pub missing: Vec<Path>,
    /// Valid tenant ID, target set, every item complete and, when there are
    /// checklist items, the confirmation given.
    pub ready: bool,
}

/// What the analysis derives for the recovery path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    pub decision: Decision,
    /// Why; never empty.
    pub reasons: Vec<Reason>,
    /// Inputs the decision still needs.
    pub missing: Vec<Path>,
    /// The versions as read (`None` when empty or not readable).
    pub configmgr_version: Option<u32>,
    /// The Configuration Manager version when it is of an older family (such
    /// as "2012 R2 SP1"), named as in the rules.
    pub configmgr_legacy: Option<&'static str>,
    pub intune_release: Option<u32>,
    /// The Intune release the ruleset assumes because none is entered.
    pub intune_release_assumed: Option<u32>,
    /// The ids of the items that apply (preparation or reset), in order.
    pub items: Vec<&'static str>,
    /// After-effects of the self-service change (empty otherwise).
    pub effects: &'static [Effect],
    /// Notes of the selected checklists.
    pub notes: Vec<Note>,
    /// The support request, when the decision is to involve Microsoft Support.
    pub pack: Option<SupportPack>,
    /// What to expect after a support reset request (with checklists).
    pub notice: Option<Notice>,
}

fn complete(status: ItemStatus) -> bool {
    matches!(status, ItemStatus::Done | ItemStatus::NotApplicable)
}

/// Analyses the recovery path. Never fails; linear in the number of items.
pub fn analyze(plan: &Plan, ctx: &Ctx, findings: &mut Vec<Finding>) -> Derived {
    let r = &plan.recovery;
    let rules = ctx.ruleset.recovery;
    let Outcome {
        decision,
        reasons,
        missing,
    } = decide(r, rules);
    let push = |out: &mut Vec<Finding>, path, code, severity| {
        out.push(Finding {
            path: FieldPath::Recovery(path),
            code: finding::Code::Recovery(code),
            severity,
        });
    };
    use super::finding::Severity::{Blocker, Info, Warning};

    if decision == Decision::Undecided {
        push(
            findings,
            Path::TargetAuthority,
            Code::TargetRequired,
            Blocker,
        );
    }
    if decision == Decision::HybridRetired {
        push(
            findings,
            Path::TargetAuthority,
            Code::HybridRetired,
            Blocker,
        );
    }
    if r.target_authority == Some(Authority::ConfigurationManager) {
        if let Some(on) = super::authority::hybrid_retired_by(ctx.today, ctx.ruleset.mdm_authority)
        {
            push(
                findings,
                Path::TargetAuthority,
                Code::HybridMdmRetired { on },
                Info,
            );
        }
    }
    if r.co_existence && r.current_authority != Some(Authority::Intune) {
        push(
            findings,
            Path::CoExistence,
            Code::CoExistenceIgnored,
            Warning,
        );
    }
    let versions = [
        (
            Path::ConfigMgrVersion,
            &r.configmgr_version,
            rules.min_configmgr,
            rules.legacy_configmgr.last().copied(),
        ),
        (Path::IntuneRelease, &r.intune_release, rules.min_intune, None),
    ];
    let year = ctx.today.year();
    let latest = u32::try_from(year.rem_euclid(100))
        .unwrap_or(0)
        .saturating_mul(100)
        .saturating_add(u32::from(ctx.today.month()));
    for (path, text, min, older) in versions {
        let parsed = if path == Path::ConfigMgrVersion {
            parse_configmgr(text, rules).map(|v| match v {
                Some(ConfigMgrVersion::Yymm(n)) => Some(Some(n)),
                Some(ConfigMgrVersion::Legacy(_)) => Some(None),
                None => None,
            })
        } else {
            parse_yymm(text).map(|v| v.map(Some))
        };
        match parsed {
            Err(NotYymm) => push(
                findings,
                path,
                Code::VersionFormat {
                    example: min,
                    older,
                },
                Blocker,
            ),
            Ok(None) if missing.contains(&path) => {
                push(findings, path, Code::VersionNeeded { min }, Blocker);
            }
            Ok(Some(Some(version))) if version > latest && (2000..2100).contains(&year) => {
                let code = Code::VersionInFuture { version, latest };
                push(findings, path, code, Warning);
            }
            Ok(_) => {}
        }
    }
    let tenant = parse_tenant_id(&r.tenant_id);
    if !r.tenant_id.trim().is_empty() {
        match tenant {
            None => push(findings, Path::TenantId, Code::TenantIdFormat, Blocker),
            Some(TenantId::Guid(_)) => push(findings, Path::TenantId, Code::TenantIdGuid, Info),
            Some(TenantId::Domain(_)) => {}
        }
    } else if decision.needs_support() {
        push(findings, Path::TenantId, Code::TenantIdRequired, Blocker);
    }

    let items: Vec<&'static str> = rules
        .items
        .iter()
        .filter(|d| d.applies_to(plan))
        .map(|d| d.id)
        .collect();
    let lists = decision.checklists();
    let notes = rules
        .notes
        .iter()
        .filter(|n| lists.contains(&n.list))
        .map(|n| n.note)
        .collect();

    let open_items: Vec<&'static str> = if lists.is_empty() {
        Vec::new()
    } else {
        items
            .iter()
            .copied()
            .filter(|id| !complete(checklist::state(plan, id).status))
            .collect()
    };
    if r.checklist_confirmed {
        if lists.is_empty() {
            push(
                findings,
                Path::Confirmation,
                Code::ConfirmationNotNeeded,
                Info,
            );
        } else if !open_items.is_empty() {
            let open = open_items.len();
            push(
                findings,
                Path::Confirmation,
                Code::ConfirmedWithOpenItems { open },
                Blocker,
            );
        }
    }

    let pack = decision.needs_support().then(|| {
        let n = if lists.is_empty() { 0 } else { items.len() };
        let mut missing = Vec::new();
        if tenant.is_none() {
            missing.push(Path::TenantId);
        }
        if r.target_authority.is_none() {
            missing.push(Path::TargetAuthority);
        }
        if n > 0 && (!r.checklist_confirmed || !open_items.is_empty()) {
            missing.push(Path::Confirmation);
        }
        SupportPack {
            ready: missing.is_empty() && open_items.is_empty(),
            tenant_id: tenant,
            current: r.current_authority,
            co_existence: r.co_existence && r.current_authority == Some(Authority::Intune),
            target: r.target_authority,
            scenario: route(r, rules)
                .filter(|_| !lists.is_empty())
                .map(|x| x.scenario),
            checklists: lists,
            items: n,
            complete: n.saturating_sub(open_items.len()),
            open_items,
            confirmed: r.checklist_confirmed,
            missing,
        }
    });
    let effects = match decision {
        Decision::SelfService(_) => rules.effects,
        _ => &[],
    };
    Derived {
        decision,
        reasons,
        missing,
        configmgr_version: match parse_configmgr(&r.configmgr_version, rules) {
            Ok(Some(ConfigMgrVersion::Yymm(v))) => Some(v),
            _ => None,
        },
        configmgr_legacy: match parse_configmgr(&r.configmgr_version, rules) {
            Ok(Some(ConfigMgrVersion::Legacy(name))) => Some(name),
            _ => None,
        },
        intune_release: parse_yymm(&r.intune_release).ok().flatten(),
        intune_release_assumed: rules
            .assumed_intune_release
            .filter(|_| r.intune_release.trim().is_empty()),
        items,
        effects,
        notes,
        pack,
        notice: matches!(decision, Decision::SupportRequest(_)).then_some(rules.notice),
    }
}
