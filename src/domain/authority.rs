//! Step 2 of the source: set the MDM authority.
//!
//! The source offers two choices, Intune itself and Configuration Manager with
//! Intune (hybrid). Office 365 MDM exists (it appears in the recovery path) but
//! is not a choice of this step. What each choice implies is derived data
//! ([`Implication`]), so the page can show it before and after the choice.

use serde::Serialize;

use super::checklist::ItemDef;
use super::date::Date;
use super::finding::{self, FieldPath, Finding};
use super::plan::{Ctx, Plan};
use super::ruleset::Ruleset;
use super::steps::StepId;

/// An MDM authority. The source's step 2 offers Intune and Configuration
/// Manager (hybrid); Office 365 MDM appears in the recovery path.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum Authority {
    /// Microsoft Intune (standalone).
    Intune,
    /// Configuration Manager with Intune (hybrid MDM).
    ConfigurationManager,
    /// Office 365 MDM (not a choice of step 2; see the recovery path).
    Office365,
}

impl Authority {
    pub const ALL: [Authority; 3] = [
        Authority::Intune,
        Authority::ConfigurationManager,
        Authority::Office365,
    ];
}

/// What the user entered for this part of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct MdmAuthority {
    /// The chosen authority; none while undecided.
    pub authority: Option<Authority>,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// Where a finding of this part points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    /// The authority choice.
    Authority,
}

/// What a finding of this part says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// No authority chosen yet: nothing can be enrolled before it is set.
    /// Reported once step 2 is started (an item state recorded) or platforms
    /// are in scope in step 6, so that an untouched plan has no findings.
    NotChosen,
    /// The authority is not one of this step's choices (Office 365 MDM in the
    /// 2017 source: it is set elsewhere, and the recovery path covers it).
    NotAChoice { authority: Authority },
    /// A checklist item that sets the authority is done, but no authority is chosen.
    SetWithoutChoice { item: &'static str },
    /// Configuration Manager (hybrid MDM) is chosen, and today is on or after
    /// the day Microsoft retired hybrid MDM: this plan follows the 2017
    /// classic console, and the choice no longer exists.
    HybridMdmRetired { on: Date },
}

/// What a choice of authority means for the tenant (derived, no prose).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Implication {
    /// Intune manages the devices; it is set in the Intune console under
    /// Admin > Mobile Device Management > Tasks > Set Mobile Device Management
    /// Authority, confirmed with the checkbox and Yes.
    SetInIntuneConsole,
    /// Today (DOMAIN-2026 §2 M2, M8): Intune is the authority, set
    /// automatically for tenants since service release 1911; shown under
    /// Tenant administration > Tenant status > Tenant details.
    IntuneToday,
    /// Hybrid MDM: Configuration Manager with Intune is set up from
    /// Configuration Manager (its own documentation).
    SetUpFromConfigurationManager,
    /// With Configuration Manager as the authority no other MDM service can be used.
    NoOtherMdmServices,
    /// The choice is hard to change: changing it yourself (without Microsoft
    /// Support and without re-enrolling devices) needs Configuration Manager
    /// `min_cm_version` or later and Intune `min_intune_release` or later;
    /// otherwise Microsoft Support resets it after a checklist.
    HardToChange {
        min_cm_version: u32,
        min_intune_release: u32,
    },
    /// Office 365 MDM is set in Office 365, not in this step; moving away from it
    /// takes a reset by Microsoft Support (see the recovery path).
    SetInOffice365,
}

/// What the analysis derives for this part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    /// The chosen authority when it is one of the ruleset's choices.
    pub chosen: Option<Authority>,
    /// What the entered authority implies (empty while none is chosen).
    pub implications: Vec<Implication>,
}

/// The rules of this part in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The authorities this step offers, in the source's order.
    pub choices: &'static [Authority],
    /// Authorities that rule out any other MDM service.
    pub exclusive: &'static [Authority],
    /// The day Microsoft retired hybrid MDM (Configuration Manager with
    /// Intune), `YYYY-MM-DD`: from then on choosing or targeting it gets a note.
    /// The thresholds of a self-service change live in the recovery path's
    /// rules (`recovery::Rules::min_configmgr`, `min_intune`).
    pub hybrid_mdm_retired_on: Option<&'static str>,
    /// The checklist items of this part.
    pub items: &'static [ItemDef],
    /// Items that, once done, say the authority has been set in a console
    /// (done without a choice recorded here: a warning).
    pub setting_items: &'static [&'static str],
    /// The Intune service release (YYMM) from which new tenants get Intune
    /// as their MDM authority automatically, when the ruleset knows it.
    pub intune_automatic_since: Option<u32>,
}

fn not_hybrid(plan: &Plan) -> bool {
    plan.mdm_authority.authority != Some(Authority::ConfigurationManager)
}

fn hybrid(plan: &Plan) -> bool {
    !not_hybrid(plan)
}

/// The source document's rules (ruleset `intune-classic-2017`).
pub const CLASSIC_2017: Rules = Rules {
    choices: &[Authority::Intune, Authority::ConfigurationManager],
    exclusive: &[Authority::ConfigurationManager],
    // "Hybrid MDM … retired on September 1, 2019" (DOMAIN MA-1, R-3).
    hybrid_mdm_retired_on: Some(HYBRID_MDM_RETIRED_ON),
    items: &[
        // The choice made, knowing it is hard to change.
        ItemDef::new("S2-01", StepId::MdmAuthority),
        // Admin > Mobile Device Management > Tasks > Set Mobile Device
        // Management Authority; tick the confirmation checkbox; Yes.
        ItemDef::new("S2-02", StepId::MdmAuthority).when(not_hybrid),
        // Hybrid: set up from Configuration Manager (the SCCM documentation).
        ItemDef::new("S2-03", StepId::MdmAuthority).when(hybrid),
    ],
    setting_items: &["S2-02", "S2-03"],
    intune_automatic_since: None,
};

/// Today's rules (ruleset `intune-2026`, DOMAIN-2026.md §2): "Set the mobile
/// device management authority" (ms.date 2024-09-24; 2023-09-27 for the 1911
/// sentence).
pub const INTUNE_2026: Rules = Rules {
    // M1, M2: the blade offers Intune MDM Authority (or None); co-management
    // and Basic Mobility and Security are configurations, not choices here.
    choices: &[Authority::Intune],
    exclusive: &[],
    // M10: hybrid MDM retired (DOMAIN.md §3.3), `sccm` historical only.
    hybrid_mdm_retired_on: Some(HYBRID_MDM_RETIRED_ON),
    items: &[
        // M2, M8: Intune shown under Tenant administration > Tenant status >
        // Tenant details (else the banner's Intune MDM Authority).
        ItemDef::new("T2-01", StepId::MdmAuthority),
        // M1: co-management is set up from Configuration Manager.
        ItemDef::new("T2-02", StepId::MdmAuthority).informational(),
        // M4: Basic Mobility and Security coexistence.
        ItemDef::new("T2-03", StepId::MdmAuthority).informational(),
        // M5: no way back to Unknown.
        ItemDef::new("T2-04", StepId::MdmAuthority).informational(),
    ],
    setting_items: &["T2-01"],
    // M2: "For tenants using the 1911 service release and later, the MDM
    // authority is automatically set to Intune." Stated in the 2023 version;
    // the 2024 rewrite no longer says it (not contradicted, §10 item 10).
    intune_automatic_since: Some(1911),
};

impl Rules {
    /// The day hybrid MDM was retired, when this ruleset knows it.
    pub fn hybrid_mdm_retired(&self) -> Option<Date> {
        self.hybrid_mdm_retired_on.and_then(Date::parse)
    }
}

/// The day Microsoft retired hybrid MDM (DOMAIN.md §3.3), once for step 2's
/// rule and the retirement notes ([`super::retired`]).
pub const HYBRID_MDM_RETIRED_ON: &str = "2019-09-01";

/// The day hybrid MDM was retired when `today` is on or after it.
pub fn hybrid_retired_by(today: Date, rules: &Rules) -> Option<Date> {
    rules.hybrid_mdm_retired().filter(|on| today >= *on)
}

/// What choosing `authority` implies under `ruleset` (the self-service
/// thresholds come from its recovery rules, their one place).
pub fn implications(authority: Authority, ruleset: &Ruleset) -> Vec<Implication> {
    let rules = ruleset.mdm_authority;
    let mut out = Vec::with_capacity(3);
    match authority {
        Authority::Intune if rules.intune_automatic_since.is_some() => {
            out.push(Implication::IntuneToday)
        }
        Authority::Intune => out.push(Implication::SetInIntuneConsole),
        Authority::ConfigurationManager => out.push(Implication::SetUpFromConfigurationManager),
        Authority::Office365 => out.push(Implication::SetInOffice365),
    }
    if rules.exclusive.contains(&authority) {
        out.push(Implication::NoOtherMdmServices);
    }
    // The self-service thresholds belong to the recovery path's routes: a
    // ruleset without routes (today's) has no such change to describe.
    if rules.choices.contains(&authority) && !ruleset.recovery.routes.is_empty() {
        out.push(Implication::HardToChange {
            min_cm_version: ruleset.recovery.min_configmgr,
            min_intune_release: ruleset.recovery.min_intune,
        });
    }
    out
}

/// Analyses this part. Never fails.
pub fn analyze(plan: &Plan, ctx: &Ctx, findings: &mut Vec<Finding>) -> Derived {
    let rules = ctx.ruleset.mdm_authority;
    let path = FieldPath::Authority(Path::Authority);
    let code = |c| finding::Code::Authority(c);
    // Today there is no choice (DOMAIN-2026 §2 M1/M2): the authority is
    // the one the rules name, whatever a 2017 plan recorded (kept, unshown,
    // and never a finding the page could not let the user fix).
    if let [only] = rules.choices {
        return Derived {
            chosen: Some(*only),
            implications: implications(*only, ctx.ruleset),
        };
    }
    let Some(authority) = plan.mdm_authority.authority else {
        // Reported once the step is started (an item state recorded) or once
        // platforms are in scope: enrollment cannot start without it.
        let started = rules
            .items
            .iter()
            .any(|d| plan.checklist.contains_key(d.id));
        let platforms = plan.enrollment.platforms != Default::default();
        if started || platforms {
            findings.push(Finding::blocker(path, code(Code::NotChosen)));
        }
        for item in rules.setting_items {
            let done = plan
                .checklist
                .get(*item)
                .is_some_and(|s| s.status == super::ItemStatus::Done);
            if done {
                findings.push(Finding::warning(
                    path,
                    code(Code::SetWithoutChoice { item }),
                ));
            }
        }
        return Derived::default();
    };
    let chosen = rules.choices.contains(&authority);
    if !chosen {
        findings.push(Finding::blocker(path, code(Code::NotAChoice { authority })));
    }
    if authority == Authority::ConfigurationManager {
        if let Some(on) = hybrid_retired_by(ctx.today, rules) {
            findings.push(Finding::info(path, code(Code::HybridMdmRetired { on })));
        }
    }
    Derived {
        chosen: chosen.then_some(authority),
        implications: implications(authority, ctx.ruleset),
    }
}
