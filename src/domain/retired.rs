//! What Microsoft retired after a ruleset's own time: the console, the
//! procedures and the platforms that its steps describe but that no longer
//! exist, each with the day it ended and the fact sheet row it comes from.
//! The page shows each one, translated, on its step or beside its platform,
//! once that day has passed (issue 13: "every step, platform and path that
//! Microsoft later retired carries a visible note with the date it ended").

use super::date::Date;
use super::enrollment::Platform;
use super::steps::StepId;

/// What ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Retiree {
    /// The classic (Silverlight) Intune console, whose menu paths the steps
    /// name ("Admin > …").
    ClassicConsole,
    /// Configuration Manager as MDM authority (hybrid MDM).
    HybridMdm,
    /// The Intune PC client software (Windows PCs managed without MDM).
    PcClient,
    /// Windows 10 Mobile (and Windows Phone 8.1 before it).
    Windows10Mobile,
    /// Windows 8.1 devices managed as mobile devices.
    Windows81,
    /// Android device administrator on devices with Google Mobile Services.
    AndroidDeviceAdmin,
}

/// Where a retirement is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Where {
    /// At the top of these steps.
    Steps(&'static [StepId]),
    /// Beside this platform's tick box in step 6.
    Platform(Platform),
}

/// One retirement: what, where it shows, the day it ended (`YYYY-MM-DD`) and
/// the fact sheet row it comes from.
#[derive(Clone, Copy, Debug)]
pub struct Retirement {
    pub what: Retiree,
    pub shown: Where,
    pub ended_on: &'static str,
    pub source: &'static str,
}

impl Retirement {
    /// The day it ended.
    pub fn ended(&self) -> Option<Date> {
        Date::parse(self.ended_on)
    }

    /// True when it has ended by `today`.
    pub fn ended_by(&self, today: Date) -> bool {
        self.ended().is_some_and(|d| d <= today)
    }
}

/// The retirements a ruleset knows of.
#[derive(Debug)]
pub struct Rules {
    pub retired: &'static [Retirement],
}

/// Today's rules (ruleset `intune-2026`): its facts are current, so nothing
/// it describes has been retired since.
pub const INTUNE_2026: Rules = Rules { retired: &[] };

/// Since the 2017 source: DOMAIN.md §3.3, §7.2–§7.4 and §11, and the 2026
/// fact sheet (DOMAIN-2026.md §9).
pub const CLASSIC_2017: Rules = Rules {
    retired: &[
        Retirement {
            what: Retiree::ClassicConsole,
            shown: Where::Steps(&[
                StepId::Connections,
                StepId::MdmAuthority,
                StepId::Groups,
                StepId::CompanyPortal,
                StepId::Enrollment,
                StepId::NextSteps,
                StepId::Recovery,
            ]),
            // "Silverlight console and PC client support ended 15/16 Oct 2020".
            ended_on: "2020-10-15",
            source: "DOMAIN.md §7.4 and §11 (Admin console)",
        },
        Retirement {
            what: Retiree::HybridMdm,
            shown: Where::Steps(&[StepId::MdmAuthority, StepId::Recovery]),
            ended_on: super::authority::HYBRID_MDM_RETIRED_ON,
            source: "DOMAIN.md §3.3 (1 Sep 2019)",
        },
        Retirement {
            what: Retiree::PcClient,
            shown: Where::Platform(Platform::WindowsPc),
            ended_on: "2020-10-15",
            source: "DOMAIN.md §7.4 (PC client support ended 15/16 Oct 2020)",
        },
        Retirement {
            what: Retiree::Windows10Mobile,
            shown: Where::Platform(Platform::WindowsPhone),
            ended_on: "2019-12-10",
            source: "DOMAIN.md §7.3 (Windows 10 Mobile, 10 Dec 2019)",
        },
        Retirement {
            what: Retiree::Windows81,
            shown: Where::Platform(Platform::WindowsMdm),
            ended_on: "2022-10-22",
            source: "DOMAIN.md §7.3 (Intune ended Windows 8.1 support 22 Oct 2022)",
        },
        Retirement {
            what: Retiree::AndroidDeviceAdmin,
            shown: Where::Platform(Platform::Android),
            ended_on: "2024-12-31",
            source: "DOMAIN.md §7.2; DOMAIN-2026.md §9 (deviceAdminGmsEndOfSupport 2024-12-31)",
        },
    ],
};

/// The retirements shown at the top of a step, ended by `today`.
pub fn for_step(rules: &Rules, step: StepId, today: Date) -> Vec<&'static Retirement> {
    rules
        .retired
        .iter()
        .filter(|r| matches!(r.shown, Where::Steps(steps) if steps.contains(&step)))
        .filter(|r| r.ended_by(today))
        .collect()
}

/// The retirements shown beside a platform, ended by `today`.
pub fn for_platform(rules: &Rules, platform: Platform, today: Date) -> Vec<&'static Retirement> {
    rules
        .retired
        .iter()
        .filter(|r| r.shown == Where::Platform(platform))
        .filter(|r| r.ended_by(today))
        .collect()
}
