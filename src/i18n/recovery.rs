//! Messages of `domain::recovery`, English and Dutch: item labels, finding
//! messages, the decision, its reasons, the after-effects of a self-service
//! change, the notes of the reset checklists and the notice after a support
//! request. Every function matches on both languages.

use super::Locale;
use crate::domain::authority::Authority;
use crate::domain::recovery::{
    Change, Code, Decision, Effect, Note, Notice, Path, Reason, ResetList, SupportPack,
};

/// Labels of this part's checklist items: (id, English, Dutch), in the order
/// of the rules.
pub const ITEMS: &[(&str, &str, &str)] = &[
    // Self-service change, Intune → Configuration Manager (hybrid).
    (
        "CHG-H-01",
        "Create a Configuration Manager user collection with every user now managed by Intune, and the IT admin account",
        "Maak in Configuration Manager een gebruikersverzameling met alle gebruikers die nu door Intune worden beheerd en het account van de IT-beheerder",
    ),
    (
        "CHG-H-02",
        "Confirm that the Microsoft Intune administration console shows the MDM authority as \"Set to Microsoft Intune\" (or \"Managed by Intune and Office 365\")",
        "Controleer of de Microsoft Intune-beheerconsole de MDM-instantie weergeeft als \"Set to Microsoft Intune\" (of \"Managed by Intune and Office 365\")",
    ),
    (
        "CHG-H-03",
        "Co-existence: first assign an Intune/EMS license to every user managed by Office 365, otherwise their devices are no longer managed",
        "Co-existentie: wijs eerst een Intune/EMS-licentie toe aan alle gebruikers die door Office 365 worden beheerd, anders worden hun apparaten niet meer beheerd",
    ),
    (
        "CHG-H-04",
        "Remove the Device Enrollment Manager role (Admin > Administrator Management > Device Enrollment Manager)",
        "Verwijder de rol van Apparaatinschrijvingsmanager (Beheer > Beheerdersbeheer > Apparaatinschrijvingsmanager)",
    ),
    (
        "CHG-H-05",
        "Turn off device group mapping (Admin > Mobile Device Management > Device Group Mapping)",
        "Schakel de apparaatgroeptoewijzing uit (Beheer > Mobile Device Management > Apparaatgroeptoewijzing)",
    ),
    (
        "CHG-H-06",
        "Renew the same iOS APNs certificate and upload it right after the change (a different certificate unenrolls all iOS devices)",
        "Verleng hetzelfde iOS APNs-certificaat en upload het direct na de wijziging (met een ander certificaat wordt de inschrijving van alle iOS-apparaten ongedaan gemaakt)",
    ),
    // Self-service change, Configuration Manager (hybrid) → Intune.
    (
        "CHG-I-01",
        "Assign an Intune/EMS license to every user managed by hybrid MDM",
        "Wijs een Intune/EMS-licentie toe aan alle gebruikers die door hybride MDM worden beheerd",
    ),
    (
        "CHG-I-02",
        "Assign the admin account an Intune/EMS license, confirm it can sign in to Intune and that the console shows \"Set to Configuration Manager\"",
        "Wijs het beheerdersaccount een Intune/EMS-licentie toe en controleer of het zich bij Intune kan aanmelden en of de beheerconsole \"Set to Configuration Manager\" weergeeft",
    ),
    (
        "CHG-I-03",
        "Remove all Device Enrollment Manager roles in the Configuration Manager console (Microsoft Intune Subscription > Properties > Device Enrollment Manager)",
        "Verwijder alle rollen van Apparaatinschrijvingsmanager in de Configuration Manager-console (Microsoft Intune-abonnement > Eigenschappen > Apparaatinschrijvingsmanager)",
    ),
    (
        "CHG-I-04",
        "Remove the existing device categories in Configuration Manager (Device Collections > Manage Device Categories)",
        "Verwijder de bestaande apparaatcategorieën in Configuration Manager (Apparaatverzamelingen > Apparaatcategorieën beheren)",
    ),
    (
        "CHG-I-05",
        "Identify the APNs certificate used in Configuration Manager and the Apple ID that created it, and renew that same certificate (a different certificate unenrolls all iOS devices)",
        "Zoek het APNs-certificaat dat in Configuration Manager wordt gebruikt en de Apple ID waarmee het is gemaakt, en verleng datzelfde certificaat (met een ander certificaat wordt de inschrijving van alle iOS-apparaten ongedaan gemaakt)",
    ),
    (
        "CHG-I-06",
        "Delete the Intune subscription in Configuration Manager with \"Change MDM Authority to Microsoft Intune\", set the MDM authority to Intune in the Intune console and upload the renewed APNs certificate at once",
        "Verwijder het Intune-abonnement in Configuration Manager met \"Change MDM Authority to Microsoft Intune\", stel in de Microsoft Intune-beheerconsole de MDM-instantie in op Intune en upload direct het verlengde APNs-certificaat",
    ),
    // Checklist A: reset from Intune to Configuration Manager (source order).
    (
        "RST-A-01",
        "Retire all devices from the Intune administration console (never from the device itself)",
        "Stel alle apparaten buiten gebruik met de Microsoft Intune-beheerconsole (nooit vanaf het apparaat zelf)",
    ),
    (
        "RST-A-02",
        "Delete the Service To Service Connector (Admin > Mobile Device Management > Microsoft Exchange), or disable the Exchange Connector if you set one up",
        "Verwijder de Service To Service Connector (Beheer > Mobile Device Management > Microsoft Exchange) of schakel de Exchange-Connector uit als u die hebt ingesteld",
    ),
    (
        "RST-A-03",
        "Remove the Device Enrollment Manager role (Admin > Administrator Management > Device Enrollment Manager)",
        "Verwijder de rol van Apparaatinschrijvingsmanager (Beheer > Beheerdersbeheer > Apparaatinschrijvingsmanager)",
    ),
    (
        "RST-A-04",
        "Turn off device group mapping (Admin > Mobile Device Management > Device Group Mapping)",
        "Schakel de apparaatgroeptoewijzing uit (Beheer > Mobile Device Management > Apparaatgroeptoewijzing)",
    ),
    (
        "RST-A-05",
        "Delete the sideloading keys (Admin > Mobile Device Management > Windows > Side Loading Keys)",
        "Verwijder de sideloading keys (Beheer > Mobile Device Management > Windows > Side Loading Keys)",
    ),
    (
        "RST-A-06",
        "Delete the iOS APNs certificate (Admin > Mobile Device Management > iOS)",
        "Verwijder het iOS APNs-certificaat (Beheer > Mobile Device Management > iOS)",
    ),
    (
        "RST-A-07",
        "Delete the iOS DEP token (Admin > Mobile Device Management > iOS)",
        "Verwijder het iOS DEP-token (Beheer > Mobile Device Management > iOS)",
    ),
    (
        "RST-A-08",
        "Delete all policies for MDM devices (Policy > Configuration Policies)",
        "Verwijder alle beleidsregels voor MDM-apparaten (Beleid > Configuratiebeleid)",
    ),
    (
        "RST-A-09",
        "Delete all published applications for MDM devices (Apps > Managed Software)",
        "Verwijder alle gepubliceerde toepassingen voor MDM-apparaten (Apps > Beheerde software)",
    ),
    // Checklist B: reset from Configuration Manager to Intune (source order).
    (
        "RST-B-01",
        "Retire all devices managed as mobile devices from the Configuration Manager console (never from the device itself)",
        "Stel alle apparaten die als mobiele apparaten worden beheerd buiten gebruik met de Configuration Manager-console (nooit vanaf het apparaat zelf)",
    ),
    (
        "RST-B-02",
        "Remove all users from the Intune user group: point the Intune subscription at an empty user collection or remove all users from the target collection, and check CloudUserSync.log",
        "Verwijder alle gebruikers uit de Intune-gebruikersgroep: wijs het Intune-abonnement naar een lege gebruikersverzameling of verwijder alle gebruikers uit de doelverzameling, en controleer CloudUserSync.log",
    ),
    (
        "RST-B-03",
        "Clear the iOS platform check box to clean up the APNs certificate",
        "Schakel het selectievakje van het iOS-platform uit om het APNs-certificaat op te schonen",
    ),
    (
        "RST-B-04",
        "Delete all published applications for MDM devices",
        "Verwijder alle gepubliceerde toepassingen voor MDM-apparaten",
    ),
    (
        "RST-B-05",
        "Delete all policies for MDM devices",
        "Verwijder alle beleidsregels voor MDM-apparaten",
    ),
    (
        "RST-B-06",
        "Remove the Windows Intune Connector from the Configuration Manager console (System Center 2012 R2 SP1 or earlier only)",
        "Verwijder de Windows Intune Connector uit de Configuration Manager-console (alleen System Center 2012 R2 SP1 of lager)",
    ),
    (
        "RST-B-07",
        "Delete the Intune subscription (right-click the subscription > Delete)",
        "Verwijder het Intune-abonnement (klik met de rechtermuisknop op het abonnement > Verwijderen)",
    ),
    (
        "RST-B-08",
        "Restart the SMS Executive service",
        "Start de SMS Executive-service opnieuw",
    ),
    (
        "RST-B-09",
        "Give Microsoft Support a few sample users, so it can verify that the Configuration Manager licenses were removed",
        "Geef Microsoft Ondersteuning een aantal voorbeeldgebruikers, zodat kan worden geverifieerd dat de Configuration Manager-licenties zijn verwijderd",
    ),
    // Checklist C: reset from Office 365 to Configuration Manager (source order).
    (
        "RST-C-01",
        "Go to https://protection.office.com and open Security policies > Device management",
        "Ga naar https://protection.office.com en open Beveiligingsbeleid > Apparaatbeheer",
    ),
    (
        "RST-C-02",
        "Retire all devices with Selective wipe (never from the device itself; if selective wipe is disabled, nothing more is needed)",
        "Stel alle apparaten buiten gebruik met Selectief wissen (nooit vanaf het apparaat zelf; als selectief wissen is uitgeschakeld, is geen verdere actie vereist)",
    ),
    (
        "RST-C-03",
        "Open Security policies > Device security policies",
        "Open Beveiligingsbeleid > Apparaatbeveiligingsbeleid",
    ),
    (
        "RST-C-04",
        "Delete every existing policy (policies shown as pending need nothing more)",
        "Verwijder alle bestaande beleidsregels (beleidsregels die in behandeling zijn, vereisen geen verdere actie)",
    ),
];

/// The name of an MDM authority (product names, the same in both languages
/// except for the hybrid note).
pub fn authority_name(a: Authority, l: Locale) -> &'static str {
    match (a, l) {
        (Authority::Intune, _) => "Intune",
        (Authority::ConfigurationManager, Locale::En) => "Configuration Manager (hybrid)",
        (Authority::ConfigurationManager, Locale::Nl) => "Configuration Manager (hybride)",
        (Authority::Office365, _) => "Office 365",
    }
}

/// The short name of a reset checklist: "A", "B" or "C".
pub fn checklist_letter(list: ResetList) -> &'static str {
    match list {
        ResetList::A => "A",
        ResetList::B => "B",
        ResetList::C => "C",
    }
}

/// The title of a reset checklist.
pub fn checklist_title(list: ResetList, l: Locale) -> &'static str {
    use Locale::{En, Nl};
    match (list, l) {
        (ResetList::A, En) => "Checklist A: reset the MDM authority from Intune to Configuration Manager",
        (ResetList::A, Nl) => "Controlelijst A: de MDM-instantie opnieuw instellen van Intune naar Configuration Manager",
        (ResetList::B, En) => "Checklist B: reset the MDM authority from Configuration Manager to Intune",
        (ResetList::B, Nl) => "Controlelijst B: de MDM-instantie opnieuw instellen van Configuration Manager naar Intune",
        (ResetList::C, En) => "Checklist C: reset the MDM authority from Office 365 to Configuration Manager",
        (ResetList::C, Nl) => "Controlelijst C: de MDM-instantie opnieuw instellen van Office 365 naar Configuration Manager",
    }
}

/// The name of one of the source's three ways (scenarios) to reset the MDM
/// authority, as the source's headings name it; the scenario of checklist A
/// is "from Intune to Configuration Manager", and so on. (The Dutch source
/// writes "Configuratiebeheer" in two headings; the product name stays
/// untranslated here, DOMAIN §13.)
pub fn scenario_title(list: ResetList, l: Locale) -> &'static str {
    use Locale::{En, Nl};
    match (list, l) {
        (ResetList::A, En) => "Reset MDM authority from Intune to Configuration Manager",
        (ResetList::A, Nl) => "De MDM-instantie opnieuw instellen van Intune naar Configuration Manager",
        (ResetList::B, En) => "Reset MDM authority from Configuration Manager to Intune",
        (ResetList::B, Nl) => "De MDM-instantie opnieuw instellen van Configuration Manager naar Intune",
        (ResetList::C, En) => "Reset MDM authority from Office 365 to Configuration Manager",
        (ResetList::C, Nl) => "De MDM-instantie opnieuw instellen van Office 365 naar Configuration Manager",
    }
}

/// The title of the preparation list of a self-service change.
pub fn change_title(change: Change, l: Locale) -> &'static str {
    use Locale::{En, Nl};
    match (change, l) {
        (Change::IntuneToConfigMgr, En) => {
            "Prepare the change from Intune to Configuration Manager (hybrid)"
        }
        (Change::IntuneToConfigMgr, Nl) => {
            "De wijziging van Intune naar Configuration Manager (hybride) voorbereiden"
        }
        (Change::ConfigMgrToIntune, En) => {
            "Prepare the change from Configuration Manager (hybrid) to Intune"
        }
        (Change::ConfigMgrToIntune, Nl) => {
            "De wijziging van Configuration Manager (hybride) naar Intune voorbereiden"
        }
    }
}

/// The label of an input of the recovery path (also used to list missing inputs).
pub fn input_label(path: Path, l: Locale) -> &'static str {
    use Locale::{En, Nl};
    match (path, l) {
        (Path::CurrentAuthority, En) => "Current MDM authority",
        (Path::CurrentAuthority, Nl) => "Huidige MDM-instantie",
        (Path::TargetAuthority, En) => "Desired MDM authority",
        (Path::TargetAuthority, Nl) => "Gewenste MDM-instantie",
        (Path::CoExistence, En) => "Co-existence: the console shows \"Managed by Intune and Office 365\"",
        (Path::CoExistence, Nl) => "Co-existentie: de console toont \"Managed by Intune and Office 365\"",
        (Path::ConfigMgrVersion, En) => "Configuration Manager version (YYMM, or an older version such as 2012 R2 SP1)",
        (Path::ConfigMgrVersion, Nl) => "Versie van Configuration Manager (JJMM, of een oudere versie zoals 2012 R2 SP1)",
        (Path::IntuneRelease, En) => "Microsoft Intune version (YYMM)",
        (Path::IntuneRelease, Nl) => "Versie van Microsoft Intune (JJMM)",
        (Path::TenantId, En) => "Tenant ID (sign-in domain)",
        (Path::TenantId, Nl) => "Tenant-ID (aanmeldingsdomein)",
        (Path::Confirmation, En) => "I confirm that every item of the checklist is done",
        (Path::Confirmation, Nl) => "Ik bevestig dat alle items van de controlelijst zijn voltooid",
    }
}

/// The inputs the decision still needs, as one sentence (empty when none).
pub fn missing_text(missing: &[Path], l: Locale) -> String {
    if missing.is_empty() {
        return String::new();
    }
    let names: Vec<&str> = missing.iter().map(|p| input_label(*p, l)).collect();
    let list = names.join("; ");
    match l {
        Locale::En => format!("Still needed to decide: {list}."),
        Locale::Nl => format!("Nog nodig om te beslissen: {list}."),
    }
}

fn letters(lists: &[ResetList], l: Locale) -> String {
    let names: Vec<&str> = lists.iter().map(|x| checklist_letter(*x)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => {
            let and = match l {
                Locale::En => "and",
                Locale::Nl => "en",
            };
            format!("{} {and} {last}", rest.join(", "))
        }
    }
}

/// What to do, as one sentence.
pub fn decision_text(d: &Decision, l: Locale) -> String {
    use Locale::{En, Nl};
    match d {
        Decision::SetInStep2 => match l {
            En => "No MDM authority is set yet, so there is nothing to reset: set it in step 2.".into(),
            Nl => "Er is nog geen MDM-instantie ingesteld, dus er hoeft niets opnieuw te worden ingesteld: stel deze in bij stap 2.".into(),
        },
        Decision::Undecided => match l {
            En => "Choose the MDM authority you want, then this page says what to do.".into(),
            Nl => "Kies de gewenste MDM-instantie; daarna ziet u hier wat u moet doen.".into(),
        },
        Decision::NothingToDo => match l {
            En => "The tenant already has this MDM authority: there is nothing to do.".into(),
            Nl => "De tenant heeft deze MDM-instantie al: u hoeft niets te doen.".into(),
        },
        Decision::SelfService(change) => {
            let (from, to) = match change {
                Change::IntuneToConfigMgr => (Authority::Intune, Authority::ConfigurationManager),
                Change::ConfigMgrToIntune => (Authority::ConfigurationManager, Authority::Intune),
            };
            let (from, to) = (authority_name(from, l), authority_name(to, l));
            match l {
                En => format!("Change the MDM authority yourself from {from} to {to}, without Microsoft Support and without unenrolling and re-enrolling devices. Complete the preparation list first."),
                Nl => format!("Wijzig de MDM-instantie zelf van {from} naar {to}, zonder Microsoft Ondersteuning en zonder de inschrijving van apparaten ongedaan te maken en ze opnieuw in te schrijven. Voltooi eerst de voorbereiding."),
            }
        }
        Decision::SupportRequest([]) => match l {
            En => "Ask Microsoft Support to reset the MDM authority.".into(),
            Nl => "Vraag Microsoft Ondersteuning om de MDM-instantie opnieuw in te stellen.".into(),
        },
        Decision::SupportRequest(lists) => {
            let which = letters(lists, l);
            let (en_list, nl_list) = if lists.len() == 1 {
                ("checklist", "controlelijst")
            } else {
                ("checklists", "controlelijsten")
            };
            match l {
                En => format!("Ask Microsoft Support to reset the MDM authority. Before you contact them, complete {en_list} {which}."),
                Nl => format!("Vraag Microsoft Ondersteuning om de MDM-instantie opnieuw in te stellen. Voltooi {nl_list} {which} voordat u contact opneemt."),
            }
        }
        Decision::ContactSupport => match l {
            En => "This scenario is not one of the three ways to reset the MDM authority: contact Microsoft Support.".into(),
            Nl => "Dit scenario hoort niet bij de drie manieren om de MDM-instantie opnieuw in te stellen: neem contact op met Microsoft Ondersteuning.".into(),
        },
        Decision::HybridRetired => match l {
            En => "Configuration Manager (hybrid MDM) is retired and cannot be chosen: choose Intune.".into(),
            Nl => "Configuration Manager (hybride MDM) is buiten gebruik gesteld en kan niet worden gekozen: kies Intune.".into(),
        },
    }
}

/// One reason of the decision, as one sentence.
pub fn reason_text(r: &Reason, l: Locale) -> String {
    use Locale::{En, Nl};
    let name = |a: &Authority| authority_name(*a, l);
    match r {
        Reason::NoCurrentAuthority => match l {
            En => "No current MDM authority is set.".into(),
            Nl => "Er is geen huidige MDM-instantie ingesteld.".into(),
        },
        Reason::TargetMissing => match l {
            En => "The desired MDM authority is not chosen yet.".into(),
            Nl => "De gewenste MDM-instantie is nog niet gekozen.".into(),
        },
        Reason::SameAuthority { authority } => match l {
            En => format!("The current and the desired MDM authority are both {}.", name(authority)),
            Nl => format!("De huidige en de gewenste MDM-instantie zijn allebei {}.", name(authority)),
        },
        Reason::SelfServicePair { from, to } => match l {
            En => format!("{} → {}: between Intune and Configuration Manager you can change the authority yourself, in either direction.", name(from), name(to)),
            Nl => format!("{} → {}: tussen Intune en Configuration Manager kunt u de instantie zelf wijzigen, in beide richtingen.", name(from), name(to)),
        },
        Reason::ConfigMgrVersionMeets { version, min } => match l {
            En => format!("Configuration Manager {version} is version {min} or later."),
            Nl => format!("Configuration Manager {version} is versie {min} of hoger."),
        },
        Reason::ConfigMgrVersionTooOld { version, min } => match l {
            En => format!("Configuration Manager {version} is older than {min}."),
            Nl => format!("Configuration Manager {version} is ouder dan {min}."),
        },
        Reason::ConfigMgrVersionLegacy { name, min } => match l {
            En => format!("Configuration Manager {name} is older than version {min} (Current Branch)."),
            Nl => format!("Configuration Manager {name} is ouder dan versie {min} (Current Branch)."),
        },
        Reason::ConfigMgrVersionUnknown { min } => match l {
            En => format!("The Configuration Manager version is unknown; changing the authority yourself needs version {min} or later."),
            Nl => format!("De versie van Configuration Manager is onbekend; zelf wijzigen vereist versie {min} of hoger."),
        },
        Reason::IntuneReleaseMeets { release, min } => match l {
            En => format!("Intune {release} is version {min} or later."),
            Nl => format!("Intune {release} is versie {min} of hoger."),
        },
        Reason::IntuneReleaseTooOld { release, min } => match l {
            En => format!("Intune {release} is older than {min}."),
            Nl => format!("Intune {release} is ouder dan {min}."),
        },
        Reason::IntuneReleaseAssumed { release, min } => match l {
            En => format!("Microsoft Intune version {release} or later is assumed ({min} is needed): every tenant ran it from May 2017. Enter the version only to override this."),
            Nl => format!("Microsoft Intune versie {release} of hoger wordt aangenomen ({min} is vereist): elke tenant gebruikte die vanaf mei 2017. Voer de versie alleen in om dit te overschrijven."),
        },
        Reason::IntuneReleaseUnknown { min } => match l {
            En => format!("The Microsoft Intune version is unknown; changing the authority yourself needs version {min} or later."),
            Nl => format!("De versie van Microsoft Intune is onbekend; zelf wijzigen vereist versie {min} of hoger."),
        },
        Reason::CoExistenceBothLists => match l {
            En => "Co-existence with Office 365: confirm both the Intune and the Office 365 checklists.".into(),
            Nl => "Co-existentie met Office 365: bevestig zowel de Intune- als de Office 365-controlelijst.".into(),
        },
        Reason::CoExistenceLicenseFirst => match l {
            En => "Co-existence with Office 365: first license the users managed by Office 365 for Intune.".into(),
            Nl => "Co-existentie met Office 365: wijs eerst Intune-licenties toe aan de gebruikers die door Office 365 worden beheerd.".into(),
        },
        Reason::SupportOnly { from, to } => match l {
            En => format!("{} → {}: only Microsoft Support can reset this; you cannot change it yourself.", name(from), name(to)),
            Nl => format!("{} → {}: alleen Microsoft Ondersteuning kan dit opnieuw instellen; u kunt het niet zelf wijzigen.", name(from), name(to)),
        },
        Reason::NotListed { from, to } => match l {
            En => format!("{} → {}: not one of the three ways to reset the MDM authority.", name(from), name(to)),
            Nl => format!("{} → {}: valt niet onder de drie manieren om de MDM-instantie opnieuw in te stellen.", name(from), name(to)),
        },
        Reason::HybridRetired => match l {
            En => "Hybrid MDM (Configuration Manager with Intune) is retired in this ruleset.".into(),
            Nl => "Hybride MDM (Configuration Manager met Intune) is in deze regelset buiten gebruik gesteld.".into(),
        },
    }
}

/// An after-effect of a self-service change, as one sentence.
pub fn effect_text(e: &Effect, l: Locale) -> String {
    use Locale::{En, Nl};
    match e {
        Effect::DevicesMoveWithinHours { hours } => match l {
            En => format!("Devices can take up to {hours} hours to check in under the new MDM authority."),
            Nl => format!("Het kan tot {hours} uur duren voordat apparaten bij de nieuwe MDM-instantie inchecken."),
        },
        Effect::IosFailsUntilApnsUploaded => match l {
            En => "Until the renewed APNs certificate is uploaded to the new authority, iOS enrollments and check-ins fail: upload it at once.".into(),
            Nl => "Totdat het verlengde APNs-certificaat naar de nieuwe instantie is geüpload, mislukken het inschrijven en inchecken van iOS-apparaten: upload het direct.".into(),
        },
        Effect::OfflineDevicesKeepProfilesDays { days } => match l {
            En => format!("Offline devices keep their e-mail, VPN, certificate, Wi-Fi and configuration profiles for up to {days} days, or until they check in."),
            Nl => format!("Offline apparaten behouden hun e-mail-, VPN-, certificaat-, Wi-Fi- en configuratieprofielen maximaal {days} dagen, of tot ze inchecken."),
        },
        Effect::ComplianceDataWithinWeeks { weeks } => match l {
            En => format!("Compliance data in the console can take up to {} to be accurate; states in Azure AD and on the device stay correct.", if *weeks == 1 { "a week".to_owned() } else { format!("{weeks} weeks") }),
            Nl => format!("Het kan tot {} duren voordat de nalevingsgegevens in de console kloppen; de status in Azure AD en op het apparaat blijft juist.", if *weeks == 1 { "een week".to_owned() } else { format!("{weeks} weken") }),
        },
        Effect::UserlessDevicesNotMigrated => match l {
            En => "Devices without a user (iOS DEP, bulk enrollment) are not migrated: call Microsoft Support for them.".into(),
            Nl => "Apparaten zonder gebruiker (iOS DEP, bulkinschrijving) worden niet gemigreerd: neem hiervoor contact op met Microsoft Ondersteuning.".into(),
        },
    }
}

/// A note of a reset checklist.
pub fn note_text(n: &Note, l: Locale) -> &'static str {
    match (n, l) {
        (Note::ApnsCertificateStaysWithAccount, Locale::En) => {
            "The iOS APNs certificate cannot be deleted and stays tied to the account."
        }
        (Note::ApnsCertificateStaysWithAccount, Locale::Nl) => {
            "Het iOS APNs-certificaat kan niet worden verwijderd en blijft gekoppeld aan het account."
        }
    }
}

/// The notice after a support request: how long the reset takes, and (when
/// the rule says so) that nothing may be configured before support confirms.
pub fn notice_text(n: &Notice, l: Locale) -> Vec<String> {
    let Notice {
        max_business_days: max,
        usual_days: usual,
        wait_for_confirmation,
    } = *n;
    let max_en = match max {
        3 => "three".to_owned(),
        n => n.to_string(),
    };
    let max_nl = match max {
        3 => "drie".to_owned(),
        n => n.to_string(),
    };
    let mut out = vec![match (l, usual) {
        (Locale::En, 1) => format!(
            "Once Microsoft Support has verified the checklist, the reset takes up to {max_en} business days, but usually happens within a day."
        ),
        (Locale::En, n) => format!(
            "Once Microsoft Support has verified the checklist, the reset takes up to {max_en} business days, but usually happens within {n} days."
        ),
        (Locale::Nl, 1) => format!(
            "Als Microsoft Ondersteuning de controlelijst heeft geverifieerd, kan het opnieuw instellen maximaal {max_nl} werkdagen duren, maar meestal gebeurt het binnen een dag."
        ),
        (Locale::Nl, n) => format!(
            "Als Microsoft Ondersteuning de controlelijst heeft geverifieerd, kan het opnieuw instellen maximaal {max_nl} werkdagen duren, maar meestal gebeurt het binnen {n} dagen."
        ),
    }];
    if wait_for_confirmation {
        out.push(match l {
            Locale::En => "Do not configure your subscription before Microsoft Support confirms that the reset is complete: configuring it early can corrupt it or affect your ability to use Intune.".into(),
            Locale::Nl => "Configureer uw abonnement niet voordat Microsoft Ondersteuning bevestigt dat het opnieuw instellen is voltooid: voortijdige configuratie kan leiden tot beschadiging of invloed hebben op uw mogelijkheid om Intune te gebruiken.".into(),
        });
    }
    out
}

/// The state of the support-request pack, as one sentence.
pub fn pack_status(p: &SupportPack, l: Locale) -> String {
    let (done, total) = (p.complete, p.items);
    match (p.ready, l) {
        (true, Locale::En) => format!("The support request is ready: {done} of {total} checklist items done, confirmed."),
        (true, Locale::Nl) => format!("De ondersteuningsaanvraag is gereed: {done} van {total} items van de controlelijst voltooid en bevestigd."),
        (false, Locale::En) => format!("The support request is not ready yet: {done} of {total} checklist items done."),
        (false, Locale::Nl) => format!("De ondersteuningsaanvraag is nog niet gereed: {done} van {total} items van de controlelijst voltooid."),
    }
}

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    use Locale::{En, Nl};
    match code {
        Code::TargetRequired => match l {
            En => "Choose the MDM authority the tenant should have.".into(),
            Nl => "Kies de MDM-instantie die de tenant moet krijgen.".into(),
        },
        Code::VersionFormat {
            example,
            older: None,
        } => match l {
            En => format!("Enter the version as four digits YYMM (year and month), such as {example}."),
            Nl => format!("Voer de versie in als vier cijfers JJMM (jaar en maand), zoals {example}."),
        },
        Code::VersionFormat {
            example,
            older: Some(older),
        } => match l {
            En => format!("Enter the version as four digits YYMM (year and month), such as {example}, or an older version such as {older}."),
            Nl => format!("Voer de versie in als vier cijfers JJMM (jaar en maand), zoals {example}, of een oudere versie zoals {older}."),
        },
        Code::VersionNeeded { min } => match l {
            En => format!("Enter this version: from {min} on you can change the MDM authority yourself. Until it is known, the plan assumes a support request."),
            Nl => format!("Voer deze versie in: vanaf {min} kunt u de MDM-instantie zelf wijzigen. Zolang die onbekend is, gaat het plan uit van een ondersteuningsaanvraag."),
        },
        Code::VersionInFuture { version, latest } => match l {
            En => format!("{version} is later than today ({latest} in YYMM): check the version."),
            Nl => format!("{version} ligt in de toekomst (vandaag is {latest} als JJMM): controleer de versie."),
        },
        Code::CoExistenceIgnored => match l {
            En => "Co-existence applies only when Intune is the current MDM authority; it is ignored here.".into(),
            Nl => "Co-existentie geldt alleen als Intune de huidige MDM-instantie is; de optie wordt hier genegeerd.".into(),
        },
        Code::HybridRetired => match l {
            En => "Configuration Manager (hybrid MDM) is retired: choose Intune.".into(),
            Nl => "Configuration Manager (hybride MDM) is buiten gebruik gesteld: kies Intune.".into(),
        },
        Code::HybridMdmRetired { on } => super::authority::hybrid_retired_note(*on, l),
        Code::TenantIdRequired => match l {
            En => "Microsoft Support needs the tenant ID: the domain you sign in to the service with, such as contoso.onmicrosoft.com.".into(),
            Nl => "Microsoft Ondersteuning heeft de Tenant-ID nodig: het domein waarmee u zich bij de service aanmeldt, zoals contoso.onmicrosoft.com.".into(),
        },
        Code::TenantIdFormat => match l {
            En => "Enter the sign-in domain, such as contoso.onmicrosoft.com, or a tenant GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).".into(),
            Nl => "Voer het aanmeldingsdomein in, zoals contoso.onmicrosoft.com, of een tenant-GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).".into(),
        },
        Code::TenantIdGuid => match l {
            En => "This is a tenant GUID. The 2017 procedure asks for the sign-in domain (such as contoso.onmicrosoft.com): mention it in the request too.".into(),
            Nl => "Dit is een tenant-GUID. De procedure uit 2017 vraagt om het aanmeldingsdomein (zoals contoso.onmicrosoft.com): vermeld dat ook in de aanvraag.".into(),
        },
        Code::ConfirmedWithOpenItems { open } => match l {
            En => format!("You confirmed the checklist, but {open} {} not done yet.", if *open == 1 { "item is" } else { "items are" }),
            Nl => format!("U hebt de controlelijst bevestigd, maar {open} {} nog niet voltooid.", if *open == 1 { "item is" } else { "items zijn" }),
        },
        Code::ConfirmationNotNeeded => match l {
            En => "No reset checklist applies, so there is nothing to confirm.".into(),
            Nl => "Er is geen controlelijst voor het opnieuw instellen van toepassing, dus er valt niets te bevestigen.".into(),
        },
    }
}
