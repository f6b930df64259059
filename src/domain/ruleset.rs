//! Rulesets: every rule of the plan is data, gathered per ruleset id. This
//! build ships two: today's Intune admin center (`intune-2026`,
//! [`INTUNE_2026`], the one a new plan follows) and the source document's
//! classic console (`intune-classic-2017`, [`CLASSIC_2017`]). A plan read
//! from a file or a link keeps the ruleset it names.

use super::checklist::ItemDef;
use crate::i18n::Text;
use super::{
    authority, company_portal, connections, enrollment, groups, licenses, next_steps, recovery,
    retired,
};

/// All rules of one ruleset.
#[derive(Debug)]
pub struct Ruleset {
    pub id: &'static str,
    /// The day its facts are as of (`YYYY-MM-DD`): for the 2017 rules, the
    /// source document's own date.
    pub as_of: &'static str,
    pub connections: &'static connections::Rules,
    pub mdm_authority: &'static authority::Rules,
    pub groups: &'static groups::Rules,
    pub company_portal: &'static company_portal::Rules,
    pub licenses: &'static licenses::Rules,
    pub enrollment: &'static enrollment::Rules,
    pub next_steps: &'static next_steps::Rules,
    pub recovery: &'static recovery::Rules,
    /// What Microsoft retired since the ruleset's time, with the dates.
    pub retired: &'static retired::Rules,
    /// Labels the page shows under other words in this ruleset (the 2017
    /// label, today's): a label or option lives once in the form tables, and
    /// a ruleset only renames it.
    pub renamed: &'static [(Text, Text)],
}

/// The rules of the 2017 source document (classic Intune console).
pub const CLASSIC_2017: Ruleset = Ruleset {
    id: "intune-classic-2017",
    // The Dutch source's `ms.date: 05/31/2017`.
    as_of: "2017-05-31",
    connections: &connections::CLASSIC_2017,
    mdm_authority: &authority::CLASSIC_2017,
    groups: &groups::CLASSIC_2017,
    company_portal: &company_portal::CLASSIC_2017,
    licenses: &licenses::CLASSIC_2017,
    enrollment: &enrollment::CLASSIC_2017,
    next_steps: &next_steps::CLASSIC_2017,
    recovery: &recovery::CLASSIC_2017,
    retired: &retired::CLASSIC_2017,
    renamed: &[],
};

/// Today's Microsoft Intune admin center (DOMAIN-2026.md, the fact sheet's
/// `asOf`).
pub const INTUNE_2026: Ruleset = Ruleset {
    id: "intune-2026",
    as_of: "2026-05-20",
    connections: &connections::INTUNE_2026,
    mdm_authority: &authority::INTUNE_2026,
    groups: &groups::INTUNE_2026,
    company_portal: &company_portal::INTUNE_2026,
    licenses: &licenses::INTUNE_2026,
    enrollment: &enrollment::INTUNE_2026,
    next_steps: &next_steps::INTUNE_2026,
    recovery: &recovery::INTUNE_2026,
    retired: &retired::INTUNE_2026,
    renamed: &[
        // §6: today's platform names (Apple: iOS/iPadOS and macOS; Android
        // Enterprise; Windows enrollment through Entra automatic enrollment).
        (Text::PlatformIosMac, Text::PlatformIosMac2026),
        (Text::PlatformAndroid, Text::PlatformAndroid2026),
        (Text::PlatformAndroidForWork, Text::PlatformAndroidEnterprise),
        (Text::PlatformWindowsMdm, Text::PlatformWindows2026),
        // §6.2: the automated device enrollment token (was: DEP).
        (Text::DepToken, Text::DepToken2026),
        (Text::DepTokenExpiry, Text::DepTokenExpiry2026),
        // §6.4: the managed Google Play binding.
        (Text::GoogleAccount, Text::GoogleAccount2026),
        // §5.1: licences are assigned in the Microsoft 365 admin center;
        // Azure AD is Microsoft Entra ID (§5.2).
        (Text::MethodPerUser, Text::MethodPerUser2026),
        (Text::MethodGroup, Text::MethodGroup2026),
    ],
};

/// Every ruleset this build knows (offered by the page and the file reader),
/// newest first.
pub const ALL: &[&Ruleset] = &[&INTUNE_2026, &CLASSIC_2017];

/// The ruleset a new plan follows: today's.
pub const NEW_PLAN: &Ruleset = &INTUNE_2026;

/// The ruleset with this id.
pub fn by_id(id: &str) -> Option<&'static Ruleset> {
    ALL.iter().copied().find(|r| r.id == id)
}

/// The ruleset with this id, else the one a new plan follows (the reader
/// refuses files that name an unknown ruleset, so the fallback is only a
/// guard).
pub fn by_id_or_new(id: &str) -> &'static Ruleset {
    by_id(id).unwrap_or(NEW_PLAN)
}

impl Ruleset {
    /// Whether the plan has this step under these rules: the recovery path
    /// for a wrong MDM authority belongs to the 2017 rules only (its routes).
    pub fn offers(&self, step: super::StepId) -> bool {
        step != super::StepId::Recovery || !self.recovery.routes.is_empty()
    }

    /// The steps of a plan under these rules, in order.
    pub fn steps(&self) -> impl Iterator<Item = super::StepId> + '_ {
        super::StepId::ALL.into_iter().filter(|s| self.offers(*s))
    }

    /// The other ruleset a plan can move to (this build knows two).
    pub fn other(&self) -> &'static Ruleset {
        ALL.iter().copied().find(|r| r.id != self.id).unwrap_or(NEW_PLAN)
    }

    /// The words this ruleset shows for a label of the form tables.
    pub fn text(&self, label: Text) -> Text {
        self.renamed
            .iter()
            .find(|(old, _)| *old == label)
            .map_or(label, |(_, new)| *new)
    }

    /// The day its facts are as of.
    pub fn as_of_date(&self) -> Option<super::Date> {
        super::Date::parse(self.as_of)
    }

    /// Every checklist item of the ruleset, in step order.
    pub fn items(&self) -> impl Iterator<Item = &'static ItemDef> {
        let parts: [&'static [ItemDef]; 8] = [
            self.connections.items,
            self.mdm_authority.items,
            self.groups.items,
            self.company_portal.items,
            self.licenses.items,
            self.enrollment.items,
            self.next_steps.items,
            self.recovery.items,
        ];
        parts.into_iter().flatten()
    }

    /// The item with this id.
    pub fn item(&self, id: &str) -> Option<&'static ItemDef> {
        self.items().find(|d| d.id == id)
    }
}
