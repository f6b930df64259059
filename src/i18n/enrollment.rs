//! Messages of `domain::enrollment`, English and Dutch.

use super::{format_int, Locale, Text};
use crate::domain::enrollment::{Account, Code, Credential, ExpiryState, Platform};

/// Labels of this part's checklist items under `intune-2026`: (id, English, Dutch).
pub const ITEMS_2026: &[(&str, &str, &str)] = &[
    (
        "T6-01",
        "Enrollment restrictions reviewed: Microsoft Intune admin center > Devices > Enrollment > device platform restrictions and device limit restrictions (a device limit of 1 to 15 per user)",
        "Inschrijvingsbeperkingen gecontroleerd: Microsoft Intune-beheercentrum > Apparaten > Inschrijving > beperkingen voor apparaatplatforms en apparaatlimieten (een limiet van 1 tot 15 apparaten per gebruiker)",
    ),
    (
        "T6-APNS-01",
        "Apple MDM push certificate created and uploaded: Devices > Enrollment > Apple > Apple MDM Push Certificate, I agree, Download your CSR, create the certificate at identity.apple.com with a company Apple Account, upload the .pem file with that Apple ID",
        "Apple MDM-pushcertificaat gemaakt en geüpload: Apparaten > Inschrijving > Apple > Apple MDM-pushcertificaat, Ik ga akkoord, Uw CSR downloaden, maak het certificaat op identity.apple.com met een Apple-account van het bedrijf, upload het .pem-bestand met die Apple ID",
    ),
    (
        "T6-APNS-02",
        "Yearly renewal of the Apple MDM push certificate planned (valid 365 days, 30-day grace period after expiry): renew with the same Apple Account, since a new certificate makes every Apple device enroll again",
        "Jaarlijkse vernieuwing van het Apple MDM-pushcertificaat gepland (365 dagen geldig, respijtperiode van 30 dagen na het verlopen): vernieuw met hetzelfde Apple-account, want met een nieuw certificaat moet elk Apple-apparaat opnieuw worden ingeschreven",
    ),
    (
        "T6-ADE-01",
        "Automated Device Enrollment token (.p7m) from Apple Business or Apple School Manager uploaded: Devices > Enrollment > Apple > Enrollment program tokens; renew it every year (no grace period)",
        "Token voor geautomatiseerde apparaatinschrijving (.p7m) uit Apple Business of Apple School Manager geüpload: Apparaten > Inschrijving > Apple > Tokens voor inschrijvingsprogramma; vernieuw het elk jaar (geen respijtperiode)",
    ),
    (
        "T6-VPP-01",
        "When apps are bought in volume: Apps and Books (VPP) location token uploaded in Tenant administration > Connectors and tokens > Apple VPP tokens; each token is valid for one year",
        "Als apps in volume worden gekocht: locatietoken voor Apps en boeken (VPP) geüpload in Tenantbeheer > Connectors en tokens > Apple VPP-tokens; elk token is één jaar geldig",
    ),
    (
        "T6-AND-01",
        "Intune ended Android device administrator management on devices with Google Mobile Services on 31 December 2024: enroll them with Android Enterprise, and block device administrator in the platform restrictions",
        "Intune heeft het beheer met Android-apparaatbeheerder op apparaten met Google Mobile Services op 31 december 2024 beëindigd: schrijf deze in met Android Enterprise en blokkeer apparaatbeheerder in de platformbeperkingen",
    ),
    (
        "T6-AE-01",
        "Managed Google Play connected: Devices > Enrollment > Android > Prerequisites > Managed Google Play, I agree, bind with a Microsoft Entra account that has a mailbox (at least two owners recommended)",
        "Beheerde Google Play gekoppeld: Apparaten > Inschrijving > Android > Vereisten > Beheerde Google Play, Ik ga akkoord, koppel met een Microsoft Entra-account met een postvak (minimaal twee eigenaren aanbevolen)",
    ),
    (
        "T6-AE-02",
        "Android Enterprise modes chosen and set up: personally owned work profile, corporate-owned work profile, fully managed, dedicated",
        "Android Enterprise-modi gekozen en ingesteld: werkprofiel in persoonlijk eigendom, werkprofiel in bedrijfseigendom, volledig beheerd, toegewezen",
    ),
    (
        "T6-WIN-01",
        "Windows automatic enrollment set up: Devices > Enrollment > Windows > Automatic Enrollment, MDM user scope Some or All (needs Microsoft Entra ID P1 or P2); then no enrollment CNAME is needed",
        "Automatische Windows-inschrijving ingesteld: Apparaten > Inschrijving > Windows > Automatische inschrijving, MDM-gebruikersbereik Enkele of Alle (vereist Microsoft Entra ID P1 of P2); dan is geen CNAME-record voor inschrijving nodig",
    ),
    (
        "T6-WIN-02",
        "With Windows Autopilot: devices registered (hardware hash) and a deployment profile assigned; the network also allows UDP 123 to time.windows.com",
        "Met Windows Autopilot: apparaten geregistreerd (hardware-hash) en een implementatieprofiel toegewezen; het netwerk staat ook UDP 123 naar time.windows.com toe",
    ),
    (
        "T6-ESP-01",
        "Enrollment Status Page reviewed: Devices > Enrollment > Windows > Enrollment Status Page (at most 51 profiles, the default included; default error time-out 60 minutes)",
        "Pagina Inschrijvingsstatus gecontroleerd: Apparaten > Inschrijving > Windows > Pagina Inschrijvingsstatus (maximaal 51 profielen, inclusief het standaardprofiel; standaardtime-out bij fouten 60 minuten)",
    ),
    (
        "T6-DEM-01",
        "Device enrollment manager added: Devices > Enrollment > Device enrollment managers > Add (a dedicated account with an Intune licence; up to 1,000 devices each, at most 150 accounts per tenant; not for Apple ADE)",
        "Apparaatinschrijvingsmanager toegevoegd: Apparaten > Inschrijving > Apparaatinschrijvingsmanagers > Toevoegen (een eigen account met een Intune-licentie; maximaal 1.000 apparaten per account, maximaal 150 accounts per tenant; niet voor Apple ADE)",
    ),
    (
        "T6-CORP-01",
        "Corporate device identifiers uploaded: Devices > Enrollment > Corporate device identifiers (a CSV file without header, one identifier type, at most 5,000 rows or 5 MB)",
        "Bedrijfsapparaat-id's geüpload: Apparaten > Inschrijving > Bedrijfsapparaat-id's (een CSV-bestand zonder koprij, één soort id, maximaal 5.000 rijen of 5 MB)",
    ),
    (
        "T6-CORP-02",
        "Devices enrolled with a device enrollment manager, Apple ADE, Windows Autopilot, co-management or an Android Enterprise corporate mode are corporate-owned automatically",
        "Apparaten die zijn ingeschreven met een apparaatinschrijvingsmanager, Apple ADE, Windows Autopilot, co-beheer of een Android Enterprise-modus voor bedrijfseigendom zijn automatisch in bedrijfseigendom",
    ),
];

/// Labels of this part's checklist items: (id, English, Dutch).
pub const ITEMS: &[(&str, &str, &str)] = &[
    (
        "S6-01",
        "Enrollment Rules set: the device limit per user (1 to 15) and the platforms allowed to enroll (Admin > Mobile Device Management > Enrollment Rules)",
        "Inschrijvingsregels ingesteld: de apparaatlimiet per gebruiker (1 tot 15) en de platformen die mogen inschrijven (Beheer > Mobile Device Management > Inschrijvingsregels)",
    ),
    (
        "S6-IOS-01",
        "APNs certificate request (CSR) downloaded: Admin > Mobile Device Management > iOS and Mac OS X > Upload an APNs Certificate (always a new CSR)",
        "APNs-certificaataanvraag (CSR) gedownload: Beheer > Mobile Device Management > iOS en Mac OS X > Een APNs-certificaat uploaden (altijd een nieuwe CSR)",
    ),
    (
        "S6-IOS-02",
        "Apple MDM push certificate created in the Apple Push Certificates Portal with the company Apple ID, and the certificate file (.pem) downloaded",
        "Apple MDM-pushcertificaat gemaakt in de Apple Push Certificates Portal met de Apple ID van het bedrijf, en het certificaatbestand (.pem) gedownload",
    ),
    (
        "S6-IOS-03",
        "APNs certificate uploaded in the Intune console",
        "APNs-certificaat geüpload in de Microsoft Intune-beheerconsole",
    ),
    (
        "S6-IOS-04",
        "Apple ID and certificate expiry date recorded; yearly renewal planned with the same Apple ID (renew, do not replace)",
        "Apple ID en vervaldatum van het certificaat vastgelegd; jaarlijkse verlenging gepland met dezelfde Apple ID (verlengen, niet vervangen)",
    ),
    (
        "S6-IOS-05",
        "DEP token (optional) created in the Apple Deployment Programs portal, uploaded in Intune and its expiry date recorded",
        "DEP-token (optioneel) gemaakt in de Apple Deployment Programs-portal, geüpload in Intune en de vervaldatum vastgelegd",
    ),
    (
        "S6-AND-01",
        "Android: nothing to configure in the Intune console; Android enrollment is on by default",
        "Android: niets in te stellen in de Microsoft Intune-beheerconsole; inschrijving van Android is standaard ingeschakeld",
    ),
    (
        "S6-AND-02",
        "Users told to install the Company Portal app from Google Play to enroll",
        "Gebruikers gevraagd de bedrijfsportal-app uit Google Play te installeren en daarmee hun apparaat in te schrijven",
    ),
    (
        "S6-AFW-01",
        "Google account for Android for Work created and shared by the IT admins (its e-mail address recorded)",
        "Google-account voor Android for Work gemaakt en gedeeld door de IT-beheerders (het e-mailadres vastgelegd)",
    ),
    (
        "S6-AFW-02",
        "Android for Work binding configured: Admin > Mobile Device Management > Android for Work > Configure, signed in to Google with the shared account and confirmed",
        "Android for Work-binding geconfigureerd: Beheer > Mobile Device Management > Android for Work > Configureren, aangemeld bij Google met het gedeelde account en bevestigd",
    ),
    (
        "S6-AFW-03",
        "Android for Work enrollment setting chosen (all devices as Android, supported devices as Android for Work, or only for users in chosen groups); devices already enrolled as Android must be unenrolled and enrolled again to become Android for Work; Unbind removes every Android for Work device",
        "Inschrijvingsinstelling voor Android for Work gekozen (alle apparaten als Android, ondersteunde apparaten als Android for Work, of alleen voor gebruikers in gekozen groepen); apparaten die al als Android zijn ingeschreven, moeten worden uitgeschreven en opnieuw ingeschreven om Android for Work te worden; Binding ongedaan maken verwijdert alle Android for Work-apparaten",
    ),
    (
        "S6-WPH-01",
        "Windows 10 Mobile and Windows Phone find the enrollment server through the CNAME records of step 1 (items S1-05 and S1-06: create them, then Test Auto-Detection); without them, users type the server name enrollment.manage.microsoft.com",
        "Windows 10 Mobile en Windows Phone vinden de inschrijvingsserver via de CNAME-records van stap 1 (items S1-05 en S1-06: maak ze en gebruik daarna Automatische detectie testen); zonder deze records voeren gebruikers zelf de servernaam enrollment.manage.microsoft.com in",
    ),
    (
        "S6-WMDM-01",
        "Azure AD Premium automatic enrollment configured, and every PC enrolled as a mobile device runs Windows 10 (then no enrollment CNAME record is needed for them); if not, mark this item not applicable",
        "Automatische inschrijving met Azure AD Premium ingesteld, en op elke pc die als mobiel apparaat wordt ingeschreven, draait Windows 10 (dan is er voor deze pc's geen CNAME-record voor inschrijving nodig); zo niet, markeer dit item dan als niet van toepassing",
    ),
    (
        "S6-WMDM-02",
        "Users told how to enroll their Windows 10 or Windows 8.1 PC as a mobile device with their work account (not with the Intune client software: a PC is managed by the client software or by MDM, never both)",
        "Gebruikers uitgelegd hoe ze hun Windows 10- of Windows 8.1-pc met hun werkaccount als mobiel apparaat inschrijven (niet met de Intune-clientsoftware: een pc wordt door de clientsoftware óf via MDM beheerd, nooit door beide)",
    ),
    (
        "S6-PC-01",
        "Each PC has at least 200 MB of free disk space",
        "Elke pc heeft ten minste 200 MB vrije schijfruimte",
    ),
    (
        "S6-PC-02",
        "Each PC runs Windows Vista or later, not a Home edition",
        "Elke pc draait Windows Vista of hoger, geen Home-editie",
    ),
    (
        "S6-PC-03",
        "Whoever installs the client has local administrator rights on the PC",
        "Wie de client installeert, heeft lokale beheerdersrechten op de pc",
    ),
    (
        "S6-PC-04",
        "Windows Installer 3.1 or later is on each PC",
        "Op elke pc is Windows Installer 3.1 of hoger geïnstalleerd",
    ),
    (
        "S6-PC-05",
        "Other management clients removed first (Configuration Manager, Operations Manager, Operations Management Suite, Service Manager)",
        "Andere beheerclients eerst verwijderd (Configuration Manager, Operations Manager, Operations Management Suite, Service Manager)",
    ),
    (
        "S6-PC-06",
        "Intune client software downloaded (Admin > Client Software Download), package kept in a secure location with its ACCOUNTCERT file unrenamed, and installed on the PCs (at most 7,000 PCs); a PC is managed by the client software or by MDM, never both",
        "Intune-clientsoftware gedownload (Beheer > Clientsoftware downloaden), het pakket op een beveiligde locatie bewaard met het ACCOUNTCERT-bestand onder de oorspronkelijke naam, en geïnstalleerd op de pc's (maximaal 7.000 pc's); een pc wordt door de clientsoftware óf via MDM beheerd, nooit door beide",
    ),
    (
        "S6-CORP-01",
        "Device enrollment manager added (Admin > Administrator Management > Device Enrollment Manager): an existing user who is not an Intune admin, enrolling at most 1,000 devices; each device it enrolls needs an Intune license, and a device enrollment manager cannot be used with Apple Configurator",
        "Apparaatinschrijvingsmanager toegevoegd (Beheer > Beheerdersbeheer > Apparaatinschrijvingsmanager): een bestaande gebruiker, geen Intune-beheerder, die maximaal 1.000 apparaten inschrijft; elk apparaat dat de apparaatinschrijvingsmanager inschrijft, heeft een Intune-licentie nodig, en een apparaatinschrijvingsmanager kan niet met Apple Configurator worden gebruikt",
    ),
    (
        "S6-CORP-02",
        "IMEI numbers of corporate-owned devices imported (Groups > All Devices > All Corporate Pre-enrolled Devices > By IMEI (All Platforms)): CSV without header, at most 5,000 rows or 5 MB, details at most 128 characters (or up to 15 numbers entered by hand)",
        "IMEI-nummers van bedrijfsapparaten geïmporteerd (Groepen > Alle apparaten > Alle vooraf geregistreerde bedrijfsapparaten > Op IMEI (alle platformen)): csv zonder koptekst, maximaal 5.000 rijen of 5 MB, details maximaal 128 tekens (of maximaal 15 nummers handmatig ingevoerd)",
    ),
    (
        "S6-CORP-03",
        "Ways to mark devices as corporate-owned: the Apple Device Enrollment Program (DEP), Apple Configurator (Setup Assistant or direct enrollment), the device enrollment manager, IMEI numbers, and Windows 10 Enterprise devices joined to Azure AD",
        "Manieren om apparaten als bedrijfsapparaat aan te merken: het Apple Device Enrollment Program (DEP), Apple Configurator (Configuratie-assistent of directe inschrijving), de apparaatinschrijvingsmanager, IMEI-nummers en Windows 10 Enterprise-apparaten die aan Azure AD zijn gekoppeld",
    ),
];

/// The label of a platform, as the page shows it (the form of step 6 reads
/// it here; the one place of the platform names).
pub const fn platform_label(p: Platform) -> Text {
    match p {
        Platform::IosMac => Text::PlatformIosMac,
        Platform::Android => Text::PlatformAndroid,
        Platform::AndroidForWork => Text::PlatformAndroidForWork,
        Platform::WindowsPhone => Text::PlatformWindowsPhone,
        Platform::WindowsMdm => Text::PlatformWindowsMdm,
        Platform::WindowsPc => Text::PlatformWindowsPc,
        Platform::CorporateOwned => Text::PlatformCorporateOwned,
    }
}

/// The name of a platform, as the page shows it.
pub fn platform_name(p: Platform, l: Locale) -> &'static str {
    platform_label(p).get(l)
}

fn credential(c: Credential, l: Locale) -> &'static str {
    use Locale::{En, Nl};
    match (c, l) {
        (Credential::ApnsCertificate, En) => "The Apple MDM push (APNs) certificate",
        (Credential::ApnsCertificate, Nl) => "Het Apple MDM-pushcertificaat (APNs-certificaat)",
        (Credential::DepToken, En) => "The DEP token",
        (Credential::DepToken, Nl) => "Het DEP-token",
        (Credential::VppToken, En) => "The Apps and Books (VPP) token",
        (Credential::VppToken, Nl) => "Het Apps and Books-token (VPP)",
    }
}

fn account(a: Account, l: Locale) -> &'static str {
    use Locale::{En, Nl};
    match (a, l) {
        (Account::AppleId, En) => "the company Apple ID",
        (Account::AppleId, Nl) => "de Apple ID van het bedrijf",
        (Account::GoogleAccount, En) => "the shared Google account of the Android for Work binding",
        (Account::GoogleAccount, Nl) => {
            "het gedeelde Google-account van de Android for Work-binding"
        }
        (Account::DeviceEnrollmentManager, En) => "the device enrollment manager's account",
        (Account::DeviceEnrollmentManager, Nl) => "het account van de apparaatinschrijvingsmanager",
    }
}

/// What to do about an expiring or expired credential.
fn renew(c: Credential, l: Locale) -> &'static str {
    use Locale::{En, Nl};
    match (c, l) {
        (Credential::ApnsCertificate, En) => "Renew it now with the same Apple ID; do not replace it with a new certificate, or every Apple device must enroll again.",
        (Credential::ApnsCertificate, Nl) => "Verleng het nu met dezelfde Apple ID; vervang het niet door een nieuw certificaat, anders moeten alle Apple-apparaten opnieuw worden ingeschreven.",
        (Credential::DepToken, En) => "Renew it now in the Apple Deployment Programs portal and upload the new token in Intune.",
        (Credential::DepToken, Nl) => "Verleng het nu in de Apple Deployment Programs-portal en upload het nieuwe token in Intune.",
        (Credential::VppToken, En) => "Renew it now: download a new token in Apple Business (Payments and Billing) and upload it in Intune under Tenant administration > Connectors and tokens > Apple VPP tokens.",
        (Credential::VppToken, Nl) => "Verleng het nu: download een nieuw token in Apple Business (Betalingen en facturering) en upload het in Intune onder Tenantbeheer > Connectors en tokens > Apple VPP-tokens.",
    }
}

fn days(n: i64, l: Locale) -> String {
    match (l, n == 1) {
        (Locale::En, true) => "1 day".into(),
        (Locale::En, false) => format!("{n} days"),
        (Locale::Nl, true) => "1 dag".into(),
        (Locale::Nl, false) => format!("{n} dagen"),
    }
}

/// Capitalises one of our own catalogue words, which start with an ASCII
/// letter (ASCII only: `char::to_uppercase` would link Unicode's tables).
fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(f.to_ascii_uppercase()).chain(c).collect(),
        None => String::new(),
    }
}

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    use Locale::{En, Nl};
    match code {
        Code::NoPlatform => match l {
            En => "No platform is in scope: choose the platforms your organization will support.".into(),
            Nl => "Er is geen platform gekozen: kies de platformen die uw organisatie wil ondersteunen.".into(),
        },
        Code::SetUpInConfigurationManager => match l {
            En => "Configuration Manager is the MDM authority: set up enrollment for these platforms from Configuration Manager, following its documentation; the Intune console paths here do not apply.".into(),
            Nl => "Configuration Manager is de MDM-instantie: stel de inschrijving voor deze platformen in vanuit Configuration Manager, volgens de documentatie daarvan; de paden in de Microsoft Intune-beheerconsole hier zijn niet van toepassing.".into(),
        },
        Code::AccountMissing { account: a } => match l {
            En => format!("Record {}.", account(*a, l)),
            Nl => format!("Leg {} vast.", account(*a, l)),
        },
        Code::AccountFormat { account: a } => match l {
            En => format!("{} must be an e-mail address of the form alias@domainname.com.", upper_first(account(*a, l))),
            Nl => format!("{} moet een e-mailadres in de notatie alias@domainname.com zijn.", upper_first(account(*a, l))),
        },
        Code::PersonalAppleId { domain } => match l {
            En => format!("This Apple ID at {domain} looks personal. Use a company Apple ID (a shared company mailbox): the certificate must be renewed every year with the same Apple ID."),
            Nl => format!("Deze Apple ID bij {domain} lijkt persoonlijk. Gebruik een Apple ID van het bedrijf (een gedeelde bedrijfsmailbox): het certificaat moet elk jaar met dezelfde Apple ID worden verlengd."),
        },
        Code::ExpiryMissing { credential: c } => match l {
            En => format!("{}: record its expiry date (YYYY-MM-DD) to plan its renewal.", credential(*c, l)),
            Nl => format!("{}: leg de vervaldatum vast (JJJJ-MM-DD) om de verlenging te plannen.", credential(*c, l)),
        },
        Code::ExpiryFormat { credential: c } => match l {
            En => format!("{}: enter the expiry date as YYYY-MM-DD, such as 2018-10-10.", credential(*c, l)),
            Nl => format!("{}: voer de vervaldatum in als JJJJ-MM-DD, zoals 2018-10-10.", credential(*c, l)),
        },
        Code::Expiring { credential: c, days_left } => match l {
            En => format!("{} expires in {}. {}", credential(*c, l), days(*days_left, l), renew(*c, l)),
            Nl => format!("{} verloopt over {}. {}", credential(*c, l), days(*days_left, l), renew(*c, l)),
        },
        Code::Expired { credential: c, days_ago } => match (l, *days_ago) {
            (En, 0) => format!("{} expires today: treat it as expired. {}", credential(*c, l), renew(*c, l)),
            (Nl, 0) => format!("{} verloopt vandaag: beschouw het als verlopen. {}", credential(*c, l), renew(*c, l)),
            (En, n) => format!("{} expired {} ago. {}", credential(*c, l), days(n, l), renew(*c, l)),
            (Nl, n) => format!("{} is {} geleden verlopen. {}", credential(*c, l), days(n, l), renew(*c, l)),
        },
        Code::ExpiredInGrace { credential: c, days_ago, days_left } => match (l, *days_ago) {
            (En, 0) => format!("{} expires today; its grace period lets you renew it for {} more. {}", credential(*c, l), days(*days_left, l), renew(*c, l)),
            (Nl, 0) => format!("{} verloopt vandaag; dankzij de respijtperiode kunt u het nog {} vernieuwen. {}", credential(*c, l), days(*days_left, l), renew(*c, l)),
            (En, n) => format!("{} expired {} ago; its grace period lets you renew it for {} more. {}", credential(*c, l), days(n, l), days(*days_left, l), renew(*c, l)),
            (Nl, n) => format!("{} is {} geleden verlopen; dankzij de respijtperiode kunt u het nog {} vernieuwen. {}", credential(*c, l), days(n, l), days(*days_left, l), renew(*c, l)),
        },
        Code::ExpiryBeyondValidity { credential: c, days_left, validity_days } => match l {
            En => format!("{} is valid for {}, but this date is {} away. Check the date.", credential(*c, l), days(*validity_days, l), days(*days_left, l)),
            Nl => format!("{} is {} geldig, maar deze datum ligt {} in de toekomst. Controleer de datum.", credential(*c, l), days(*validity_days, l), days(*days_left, l)),
        },
        Code::ManualServerName { server } => match l {
            En => format!("No valid custom domain is a UPN suffix, so no enrollment CNAME can find the server: Windows users who enroll as mobile devices must type the server name {server}."),
            Nl => format!("Geen enkel geldig aangepast domein wordt als UPN-achtervoegsel gebruikt, dus er kan geen CNAME-record voor inschrijving worden gemaakt: Windows-gebruikers moeten bij het inschrijven als mobiel apparaat zelf de servernaam {server} invoeren."),
        },
        Code::TooManyPcs { count, max } => match l {
            En => format!("{} PCs: the Intune client software supports at most {} PCs.", format_int(l, u64::from(*count)), format_int(l, u64::from(*max))),
            Nl => format!("{} pc's: de Intune-clientsoftware ondersteunt maximaal {} pc's.", format_int(l, u64::from(*count)), format_int(l, u64::from(*max))),
        },
        Code::DemTooManyDevices { count, max } => match l {
            En => format!("{} devices: a device enrollment manager can enroll at most {} devices.", format_int(l, u64::from(*count)), format_int(l, u64::from(*max))),
            Nl => format!("{} apparaten: een apparaatinschrijvingsmanager kan maximaal {} apparaten inschrijven.", format_int(l, u64::from(*count)), format_int(l, u64::from(*max))),
        },
        Code::DemIsIntuneAdmin => match l {
            En => "The device enrollment manager should not be an Intune admin: use an ordinary user account.".into(),
            Nl => "De apparaatinschrijvingsmanager mag geen Intune-beheerder zijn: gebruik een gewoon gebruikersaccount.".into(),
        },
        Code::DemNotWithDep => match l {
            En => "Devices that the device enrollment manager enrolls cannot use the DEP token (automated device enrollment, ADE): enroll those devices without it.".into(),
            Nl => "Apparaten die de apparaatinschrijvingsmanager inschrijft, kunnen het DEP-token (geautomatiseerde apparaatinschrijving, ADE) niet gebruiken: schrijf die apparaten zonder apparaatinschrijvingsmanager in.".into(),
        },
        Code::DeviceLimitOutOfRange { value, min, max } => match l {
            En => format!("The device limit is {value}; it must be from {min} to {max}."),
            Nl => format!("De apparaatlimiet is {value}; deze moet tussen {min} en {max} liggen."),
        },
        Code::ImeiEmpty => match l {
            En => "The IMEI file has no rows.".into(),
            Nl => "Het IMEI-bestand heeft geen rijen.".into(),
        },
        Code::ImeiTooManyRows { rows, max } => match l {
            En => format!("The IMEI file has {} rows; at most {} are allowed. Split it into several files.", format_int(l, u64::from(*rows)), format_int(l, u64::from(*max))),
            Nl => format!("Het IMEI-bestand heeft {} rijen; maximaal {} zijn toegestaan. Splits het in meerdere bestanden.", format_int(l, u64::from(*rows)), format_int(l, u64::from(*max))),
        },
        Code::ImeiFileTooLarge { bytes, max } => match l {
            En => format!("The IMEI file is {} bytes; at most {} bytes (5 MB) is allowed.", format_int(l, *bytes), format_int(l, *max)),
            Nl => format!("Het IMEI-bestand is {} bytes; maximaal {} bytes (5 MB) is toegestaan.", format_int(l, *bytes), format_int(l, *max)),
        },
        Code::ImeiDetailsTooLong { row, length, max } => match l {
            En => format!("Row {row}: the details are {length} characters; at most {max} are allowed."),
            Nl => format!("Rij {row}: de details zijn {length} tekens lang; maximaal {max} tekens is toegestaan."),
        },
        Code::ImeiHeader => match l {
            En => "The first row looks like a header: the IMEI file must have no header row.".into(),
            Nl => "De eerste rij lijkt een koptekst: het IMEI-bestand mag geen koptekstrij hebben.".into(),
        },
        Code::ImeiInvalidRows { first_row, count } => match l {
            En => format!("{count} {} without an IMEI number (14 or 15 digits) in the first column, the first is row {first_row}.", if *count == 1 { "row" } else { "rows" }),
            Nl => format!("{count} {} in de eerste kolom geen IMEI-nummer (14 of 15 cijfers); de eerste is rij {first_row}.", if *count == 1 { "rij heeft" } else { "rijen hebben" }),
        },
    }
}

/// A short description of an expiry state.
pub fn expiry_state(s: ExpiryState, l: Locale) -> String {
    use Locale::{En, Nl};
    match s {
        ExpiryState::Missing => match l {
            En => "No expiry date recorded".into(),
            Nl => "Geen vervaldatum vastgelegd".into(),
        },
        ExpiryState::Malformed => match l {
            En => "Expiry date not valid".into(),
            Nl => "Vervaldatum ongeldig".into(),
        },
        ExpiryState::Valid { days_left } => match l {
            En => format!("Valid, {} left", days(days_left, l)),
            Nl => format!("Geldig, nog {}", days(days_left, l)),
        },
        ExpiryState::Expiring { days_left } => match l {
            En => format!("Expiring in {}", days(days_left, l)),
            Nl => format!("Verloopt over {}", days(days_left, l)),
        },
        ExpiryState::Expired { days_ago: 0 } => match l {
            En => "Expired (expires today)".into(),
            Nl => "Verlopen (verloopt vandaag)".into(),
        },
        ExpiryState::Expired { days_ago } => match l {
            En => format!("Expired {} ago", days(days_ago, l)),
            Nl => format!("{} geleden verlopen", days(days_ago, l)),
        },
    }
}
