//! Messages of `domain::authority`, English and Dutch.

use super::Locale;
use crate::domain::authority::{Authority, Code, Implication};
use crate::domain::Date;

/// A date written out, such as "1 September 2019" / "1 september 2019".
pub fn long_date(d: Date, l: Locale) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const NL: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    let names = match l {
        Locale::En => EN,
        Locale::Nl => NL,
    };
    let month = names
        .get(usize::from(d.month().clamp(1, 12)).saturating_sub(1))
        .copied()
        .unwrap_or_default();
    format!("{} {month} {}", d.day(), d.year())
}

/// The note that hybrid MDM was retired on `on` (step 2 and the recovery path).
pub fn hybrid_retired_note(on: Date, l: Locale) -> String {
    match l {
        Locale::En => format!("Hybrid MDM (Configuration Manager with Intune) was retired on {}. This plan follows the 2017 classic Intune console; today the choice no longer exists.", long_date(on, l)),
        Locale::Nl => format!("Hybride MDM (Configuration Manager met Intune) is op {} buiten gebruik gesteld. Dit plan volgt de klassieke Microsoft Intune-beheerconsole uit 2017; vandaag bestaat deze keuze niet meer.", long_date(on, l)),
    }
}

/// Labels of this part's checklist items: (id, English, Dutch).
pub const ITEMS: &[(&str, &str, &str)] = &[
    (
        "S2-01",
        "MDM authority chosen (Intune, or Configuration Manager with Intune), knowing the choice is hard to change",
        "MDM-instantie gekozen (Intune, of Configuration Manager met Intune), in het besef dat de keuze moeilijk te wijzigen is",
    ),
    (
        "S2-02",
        "MDM authority set in the Intune console: Admin > Mobile Device Management > Tasks > Set Mobile Device Management Authority, confirmation checkbox ticked and Yes chosen",
        "MDM-instantie ingesteld in de Microsoft Intune-beheerconsole: Beheer > Mobile Device Management > Taken > Instantie voor beheer van mobiele apparaten instellen, selectievakje ingeschakeld en Ja gekozen",
    ),
    (
        "S2-03",
        "Hybrid MDM set up from Configuration Manager (see the Configuration Manager documentation)",
        "Hybride MDM ingesteld vanuit Configuration Manager (zie de documentatie van Configuration Manager)",
    ),
];

/// Labels of this part's checklist items under `intune-2026`: (id, English, Dutch).
pub const ITEMS_2026: &[(&str, &str, &str)] = &[
    (
        "T2-01",
        "MDM authority is Intune: Microsoft Intune admin center > Tenant administration > Tenant status > Tenant details (set automatically for tenants since service release 1911; otherwise choose Intune MDM Authority in the banner)",
        "MDM-instantie is Intune: Microsoft Intune-beheercentrum > Tenantbeheer > Tenantstatus > Tenantgegevens (automatisch ingesteld voor tenants sinds servicerelease 1911; kies anders Intune MDM-instantie in de banner)",
    ),
    (
        "T2-02",
        "Co-management (Configuration Manager and Intune for Windows devices) is configured from the Configuration Manager console, not chosen as the MDM authority",
        "Co-beheer (Configuration Manager en Intune voor Windows-apparaten) wordt ingesteld vanuit de Configuration Manager-console en niet als MDM-instantie gekozen",
    ),
    (
        "T2-03",
        "With Basic Mobility and Security for Microsoft 365: coexistence enabled (Devices > Add MDM Authority > Intune MDM Authority > Add) before Intune licenses are assigned; Basic Mobility and Security cannot be unprovisioned",
        "Met Basic Mobility and Security voor Microsoft 365: co-existentie ingeschakeld (Apparaten > MDM-instantie toevoegen > Intune MDM-instantie > Toevoegen) voordat u Intune-licenties toewijst; Basic Mobility and Security kan niet worden uitgeschakeld",
    ),
    (
        "T2-04",
        "The MDM authority cannot be changed back to Unknown",
        "De MDM-instantie kan niet meer worden teruggezet naar Onbekend",
    ),
];

/// The name of an authority.
pub fn authority_name(a: Authority, l: Locale) -> &'static str {
    use Locale::{En, Nl};
    match (a, l) {
        (Authority::Intune, En) => "Microsoft Intune",
        (Authority::Intune, Nl) => "Microsoft Intune",
        (Authority::ConfigurationManager, En) => "Configuration Manager with Intune (hybrid)",
        (Authority::ConfigurationManager, Nl) => "Configuration Manager met Intune (hybride)",
        (Authority::Office365, En) => "Office 365 MDM",
        (Authority::Office365, Nl) => "Office 365 MDM",
    }
}

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    use Locale::{En, Nl};
    match code {
        Code::NotChosen => match l {
            En => "Choose the MDM authority: Intune or Configuration Manager with Intune. Devices can be enrolled only after it is set.".into(),
            Nl => "Kies de MDM-instantie: Intune of Configuration Manager met Intune. Apparaten kunnen pas worden ingeschreven als deze is ingesteld.".into(),
        },
        Code::NotAChoice { authority } => match (authority, l) {
            (Authority::Office365, En) => "Office 365 MDM is not a choice of this step: it is set in Office 365. To move from Office 365 to Configuration Manager, Microsoft Support resets the MDM authority (see the recovery path).".into(),
            (Authority::Office365, Nl) => "Office 365 MDM is geen keuze in deze stap: dit wordt in Office 365 ingesteld. Voor een overstap van Office 365 naar Configuration Manager stelt Microsoft Ondersteuning de MDM-instantie opnieuw in (zie wat te doen bij de verkeerde MDM-instantie).".into(),
            (a, En) => format!("{} is not a choice of this step in this ruleset.", authority_name(*a, En)),
            (a, Nl) => format!("{} is in deze regelset geen keuze in deze stap.", authority_name(*a, Nl)),
        },
        Code::SetWithoutChoice { item } => match l {
            En => format!("Item {item} is marked done, but no MDM authority is chosen here: record which one was set."),
            Nl => format!("Item {item} is als voltooid gemarkeerd, maar hier is geen MDM-instantie gekozen: leg vast welke is ingesteld."),
        },
        Code::HybridMdmRetired { on } => hybrid_retired_note(*on, l),
    }
}

/// The sentence for an implication of a choice.
pub fn implication(i: &Implication, l: Locale) -> String {
    use Locale::{En, Nl};
    match i {
        Implication::SetInIntuneConsole => match l {
            En => "Intune manages the devices. Set it in the Intune console: Admin > Mobile Device Management > Tasks > Set Mobile Device Management Authority; tick the confirmation checkbox and choose Yes.".into(),
            Nl => "Intune beheert de apparaten. Stel dit in de Microsoft Intune-beheerconsole in: Beheer > Mobile Device Management > Taken > Instantie voor beheer van mobiele apparaten instellen; schakel het selectievakje in en kies Ja.".into(),
        },
        Implication::IntuneToday => match l {
            En => "Intune manages the devices. Tenants since service release 1911 have it set automatically: check it in the Microsoft Intune admin center under Tenant administration > Tenant status > Tenant details (otherwise choose Intune MDM Authority in the banner).".into(),
            Nl => "Intune beheert de apparaten. Bij tenants sinds servicerelease 1911 is dit automatisch ingesteld: controleer het in het Microsoft Intune-beheercentrum onder Tenantbeheer > Tenantstatus > Tenantdetails (kies anders Intune MDM-instantie in de banner).".into(),
        },
        Implication::SetUpFromConfigurationManager => match l {
            En => "Configuration Manager with Intune (hybrid) manages the devices; it is set up from Configuration Manager, following its own documentation.".into(),
            Nl => "Configuration Manager met Intune (hybride) beheert de apparaten; dit wordt vanuit Configuration Manager ingesteld, volgens de eigen documentatie.".into(),
        },
        Implication::NoOtherMdmServices => match l {
            En => "With Configuration Manager as the MDM authority, no other Mobile Device Management service can be used.".into(),
            Nl => "Met Configuration Manager als MDM-instantie kunnen er geen andere services voor Mobile Device Management worden gebruikt.".into(),
        },
        Implication::HardToChange { min_cm_version, min_intune_release } => match l {
            En => format!("Hard to change later: you can change it yourself, without Microsoft Support and without re-enrolling devices, only with Configuration Manager version {min_cm_version} or later and Microsoft Intune version {min_intune_release} or later. Otherwise Microsoft Support resets it after you complete a checklist."),
            Nl => format!("Later moeilijk te wijzigen: u kunt de MDM-instantie alleen zelf wijzigen, zonder Microsoft Ondersteuning en zonder apparaten opnieuw in te schrijven, met Configuration Manager versie {min_cm_version} of hoger en Microsoft Intune versie {min_intune_release} of hoger. Anders stelt Microsoft Ondersteuning deze opnieuw in nadat u een controlelijst hebt voltooid."),
        },
        Implication::SetInOffice365 => match l {
            En => "Office 365 MDM is set in Office 365, not in this step; leaving it takes a reset by Microsoft Support.".into(),
            Nl => "Office 365 MDM wordt in Office 365 ingesteld, niet in deze stap; om over te stappen moet Microsoft Ondersteuning de MDM-instantie opnieuw instellen.".into(),
        },
    }
}
