//! Messages of `domain::licenses`, English and Dutch.

use super::Locale;
use crate::domain::licenses::{AssignMethod, Code};

/// Labels of this part's checklist items under `intune-2026`: (id, English, Dutch).
pub const ITEMS_2026: &[(&str, &str, &str)] = &[
    (
        "T5-01",
        "Every pilot user has an Intune licence (Microsoft Intune Plan 1, or a Microsoft 365 bundle that includes it; Plan 2 and the Intune Suite are add-ons), assigned in the Microsoft 365 admin center: Users > Active users > Licenses and apps > Intune. One user licence covers up to 15 devices",
        "Elke pilotgebruiker heeft een Intune-licentie (Microsoft Intune Plan 1, of een Microsoft 365-bundel waarin deze zit; Plan 2 en de Intune Suite zijn invoegtoepassingen), toegewezen in het Microsoft 365-beheercentrum: Gebruikers > Actieve gebruikers > Licenties en apps > Intune. Eén gebruikerslicentie dekt maximaal 15 apparaten",
    ),
    (
        "T5-02",
        "Admins have an Intune licence, or unlicensed admins are allowed: Microsoft Intune admin center > Tenant administration > Roles > Administrator Licensing (on by default for tenants created after July 2021)",
        "Beheerders hebben een Intune-licentie, of beheerders zonder licentie zijn toegestaan: Microsoft Intune-beheercentrum > Tenantbeheer > Rollen > Beheerderslicenties (standaard aan voor tenants die na juli 2021 zijn gemaakt)",
    ),
    (
        "T5-03",
        "Users of Windows automatic enrollment have Microsoft Entra ID P1 or P2",
        "Gebruikers van automatische Windows-inschrijving hebben Microsoft Entra ID P1 of P2",
    ),
    (
        "T5-SYNC-01",
        "On-premises Active Directory: the custom domain added as a UPN suffix",
        "On-premises Active Directory: het aangepaste domein toegevoegd als UPN-achtervoegsel",
    ),
    (
        "T5-SYNC-02",
        "The UPN suffix set on the users to sync (an unverified suffix gives …@<tenant>.onmicrosoft.com)",
        "Het UPN-achtervoegsel ingesteld bij de gebruikers die worden gesynchroniseerd (een niet-geverifieerd achtervoegsel geeft …@<tenant>.onmicrosoft.com)",
    ),
    (
        "T5-SYNC-03",
        "Users synced to Microsoft Entra ID with Microsoft Entra Connect",
        "Gebruikers gesynchroniseerd naar Microsoft Entra ID met Microsoft Entra Connect",
    ),
    (
        "T5-SYNC-04",
        "Intune licences assigned once the synced accounts appear in the Microsoft 365 admin center",
        "Intune-licenties toegewezen zodra de gesynchroniseerde accounts in het Microsoft 365-beheercentrum verschijnen",
    ),
];

/// Labels of this part's checklist items: (id, English, Dutch).
pub const ITEMS: &[(&str, &str, &str)] = &[
    (
        "S5-01",
        "Every pilot user has an Intune license (assigning it adds the user to the Microsoft Intune user group)",
        "Elke pilotgebruiker heeft een Intune-licentie (door de toewijzing wordt de gebruiker aan de Microsoft Intune-gebruikersgroep toegevoegd)",
    ),
    (
        "S5-02",
        "The admin account has an Intune license",
        "Het beheerdersaccount heeft een Intune-licentie",
    ),
    (
        "S5-SYNC-01",
        "UPN suffix added for the custom domain in the on-premises Active Directory",
        "UPN-achtervoegsel toegevoegd voor het aangepaste domein in de on-premises Active Directory",
    ),
    (
        "S5-SYNC-02",
        "New UPN suffix set on the on-premises users to import",
        "Nieuw UPN-achtervoegsel ingesteld voor de on-premises gebruikers die u wilt importeren",
    ),
    (
        "S5-SYNC-03",
        "Azure AD Connect sync run to integrate the on-premises users with Azure AD",
        "Azure AD Connect-synchronisatie uitgevoerd om de on-premises gebruikers met Azure AD te integreren",
    ),
    (
        "S5-SYNC-04",
        "Microsoft Intune licenses assigned in the Office 365 admin portal once the accounts are synced",
        "Microsoft Intune-licenties toegewezen via de Office 365-beheerportal zodra de accounts zijn gesynchroniseerd",
    ),
];

/// The name of an assignment method.
pub fn method_label(method: AssignMethod, l: Locale) -> &'static str {
    // One label in one place: the step 5 form's options use the same texts.
    match method {
        AssignMethod::Office365PortalPerUser => super::Text::MethodPerUser.get(l),
        AssignMethod::Group => super::Text::MethodGroup.get(l),
    }
}

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    use Locale::{En, Nl};
    match code {
        Code::WhoMissing => match l {
            En => "Say who gets an Intune license, such as the pilot users.".into(),
            Nl => "Geef aan wie een Intune-licentie krijgt, zoals de pilotgebruikers.".into(),
        },
        Code::TooManyDevicesPerUser { max, actual } => match l {
            En => format!("One user license covers at most {max} devices; {actual} planned."),
            Nl => format!("Eén gebruikerslicentie dekt maximaal {max} apparaten; {actual} gepland."),
        },
        Code::NoDevicesPerUser => match l {
            En => "With 0 devices per user, no device would be enrolled.".into(),
            Nl => "Met 0 apparaten per gebruiker wordt er geen apparaat ingeschreven.".into(),
        },
        Code::NoUpnSuffixForSync => match l {
            En => "Users come from on-premises Active Directory, but step 1 has no valid custom domain used as a UPN suffix: synced users would sign in as …@<tenant>.onmicrosoft.com.".into(),
            Nl => "Gebruikers komen uit de on-premises Active Directory, maar in stap 1 is geen geldig aangepast domein als UPN-achtervoegsel opgegeven: gesynchroniseerde gebruikers zouden zich aanmelden als …@<tenant>.onmicrosoft.com.".into(),
        },
        Code::DevicesPerUserAboveDeviceLimit { planned, limit } => match l {
            En => format!("Users plan {planned} devices each, but the device limit (Enrollment Rules, step 6) is {limit}: raise the limit or plan fewer devices."),
            Nl => format!("Er zijn {planned} apparaten per gebruiker gepland, maar de apparaatlimiet (Inschrijvingsregels, stap 6) is {limit}: verhoog de limiet of plan minder apparaten."),
        },
    }
}
