//! Rulesets: every rule of the plan is data, gathered per ruleset id. This
//! build ships the source document's ruleset, `intune-classic-2017`, and
//! today's Intune (`intune-2026`, [`INTUNE_2026`]).

use super::checklist::ItemDef;
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
};

/// Today's Microsoft Intune admin center (DOMAIN-2026.md, the fact sheet's
/// `asOf`), in [`ALL`]: the page and the file reader accept plans that
/// name it.
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
};

/// Every ruleset this build knows (offered by the page and the file reader).
pub const ALL: &[&Ruleset] = &[&CLASSIC_2017, &INTUNE_2026];

/// The ruleset with this id.
pub fn by_id(id: &str) -> Option<&'static Ruleset> {
    ALL.iter().copied().find(|r| r.id == id)
}

/// Every ruleset encoded, offered or not: the command line can judge a plan
/// and preview a move against these (`--ruleset`, `migrate`), while the page
/// and the file reader keep to [`ALL`].
pub const ENCODED: &[&Ruleset] = &[&CLASSIC_2017, &INTUNE_2026];

/// The encoded ruleset with this id.
pub fn encoded_by_id(id: &str) -> Option<&'static Ruleset> {
    ENCODED.iter().copied().find(|r| r.id == id)
}

impl Ruleset {
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
