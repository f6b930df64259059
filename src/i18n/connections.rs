//! Messages of `domain::connections`, English and Dutch.

use super::Locale;
use crate::domain::connections::{CnameKind, Code, PortReason};

/// Labels of this part's checklist items: (id, English, Dutch).
pub const ITEMS: &[(&str, &str, &str)] = &[
    (
        "S1-01",
        "Required network URLs and ports reviewed (firewall and proxy allow Intune traffic)",
        "Vereiste netwerk-URL's en -poorten gecontroleerd (firewall en proxy laten Intune-verkeer door)",
    ),
    (
        "S1-02",
        "Proxy allows unauthenticated access to manage.microsoft.com",
        "De proxy staat niet-geverifieerde toegang tot manage.microsoft.com toe",
    ),
    (
        "S1-03",
        "Custom domain name added to the tenant",
        "Aangepaste domeinnaam toegevoegd aan de tenant",
    ),
    (
        "S1-04",
        "Custom domain name verified (TXT or MX record)",
        "Aangepaste domeinnaam gecontroleerd (TXT- of MX-record)",
    ),
    (
        "S1-05",
        "Windows enrollment CNAME records created for each domain used as a UPN suffix (only when Windows devices enroll as mobile devices without automatic enrollment)",
        "CNAME-records voor Windows-inschrijving gemaakt voor elk domein dat als UPN-achtervoegsel wordt gebruikt (alleen als Windows-apparaten zonder automatische inschrijving als mobiel apparaat worden ingeschreven)",
    ),
    (
        "S1-06",
        "CNAME validated: Admin > Mobile Device Management > Windows, specify a verified domain name, Test Auto-Detection (DNS changes can take up to 72 hours to propagate: test after that)",
        "CNAME gevalideerd: Beheer > Mobile Device Management > Windows, geef een gecontroleerde domeinnaam op, Automatische detectie testen (het doorvoeren van DNS-wijzigingen kan tot 72 uur duren: test daarna)",
    ),
];

/// Labels of this part's checklist items under `intune-2026`: (id, English, Dutch).
pub const ITEMS_2026: &[(&str, &str, &str)] = &[
    (
        "T1-01",
        "Network endpoints reviewed against the consolidated endpoint list of \u{201C}Network endpoints for Microsoft Intune\u{201D} (not the Office 365 endpoint service): the proxy and firewall allow TCP 80 and 443 for all users, not only admins",
        "Netwerkeindpunten gecontroleerd aan de hand van de samengevoegde lijst in \u{201C}Netwerkeindpunten voor Microsoft Intune\u{201D} (niet de Office 365-eindpuntservice): de proxy en firewall staan TCP 80 en 443 toe voor alle gebruikers, niet alleen voor beheerders",
    ),
    (
        "T1-02",
        "Proxy allows unauthenticated access to manage.microsoft.com, *.azureedge.net and graph.microsoft.com",
        "De proxy staat niet-geverifieerde toegang tot manage.microsoft.com, *.azureedge.net en graph.microsoft.com toe",
    ),
    (
        "T1-03",
        "No SSL/TLS inspection of *.manage.microsoft.com and *.dm.microsoft.com (Intune does not support it)",
        "Geen SSL/TLS-inspectie van *.manage.microsoft.com en *.dm.microsoft.com (Intune ondersteunt dit niet)",
    ),
    (
        "T1-04",
        "Custom domain name added to the tenant in the Microsoft Entra admin center (role: Domain Name Administrator), before users are created or synced",
        "Aangepaste domeinnaam toegevoegd aan de tenant in het Microsoft Entra-beheercentrum (rol: Domeinnaambeheerder), voordat gebruikers worden gemaakt of gesynchroniseerd",
    ),
    (
        "T1-05",
        "Custom domain name verified (TXT or MX record)",
        "Aangepaste domeinnaam geverifieerd (TXT- of MX-record)",
    ),
    (
        "T1-06",
        "Windows enrollment CNAME records created for each domain used as a UPN suffix (optional when Windows automatic enrollment is used)",
        "CNAME-records voor Windows-inschrijving gemaakt voor elk domein dat als UPN-achtervoegsel wordt gebruikt (optioneel als automatische Windows-inschrijving wordt gebruikt)",
    ),
    (
        "T1-07",
        "CNAME validated in the Microsoft Intune admin center: Devices > Enrollment > Windows > CNAME Validation > Test (DNS changes can take up to 72 hours to propagate: test after that)",
        "CNAME gevalideerd in het Microsoft Intune-beheercentrum: Apparaten > Inschrijving > Windows > CNAME-validatie > Testen (het doorvoeren van DNS-wijzigingen kan tot 72 uur duren: test daarna)",
    ),
];

/// Why a port is needed, for the port list.
pub fn port_reason(reason: PortReason, l: Locale) -> &'static str {
    match (reason, l) {
        (PortReason::IntuneHttp, Locale::En) => "HTTP to the Intune service, for all devices",
        (PortReason::IntuneHttp, Locale::Nl) => "HTTP naar de Intune-service, voor alle apparaten",
        (PortReason::IntuneHttps, Locale::En) => "HTTPS to the Intune service, for all devices",
        (PortReason::IntuneHttps, Locale::Nl) => {
            "HTTPS naar de Intune-service, voor alle apparaten"
        }
        (PortReason::ApplePush, Locale::En) => {
            "Apple Push Notification service, for iOS and Mac devices"
        }
        (PortReason::ApplePush, Locale::Nl) => {
            "Apple Push Notification service, voor iOS- en Mac-apparaten"
        }
    }
}

/// What a CNAME record is for.
pub fn cname_purpose(kind: CnameKind, l: Locale) -> &'static str {
    match (kind, l) {
        (CnameKind::EnterpriseEnrollment, Locale::En) => {
            "Lets Windows devices find the enrollment server automatically."
        }
        (CnameKind::EnterpriseEnrollment, Locale::Nl) => {
            "Hiermee vinden Windows-apparaten de inschrijvingsserver automatisch."
        }
        (CnameKind::EnterpriseRegistration, Locale::En) => {
            "Registers devices in Azure AD (needed for conditional access)."
        }
        (CnameKind::EnterpriseRegistration, Locale::Nl) => {
            "Registreert apparaten in Azure AD (nodig voor voorwaardelijke toegang)."
        }
    }
}

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    use Locale::{En, Nl};
    match code {
        Code::DomainEmpty => match l {
            En => "Enter the domain name, such as contoso.com, or remove this row.".into(),
            Nl => "Voer de domeinnaam in, zoals contoso.com, of verwijder deze rij.".into(),
        },
        Code::DomainHasScheme { scheme } => match l {
            En => format!("Enter only the domain name: remove {scheme}."),
            Nl => format!("Voer alleen de domeinnaam in: verwijder {scheme}."),
        },
        Code::DomainHasPath { path } => match l {
            En => format!("Enter only the domain name: remove {path}."),
            Nl => format!("Voer alleen de domeinnaam in: verwijder {path}."),
        },
        Code::DomainHasPort { port } => match l {
            En => format!("Enter only the domain name: remove the port {port}."),
            Nl => format!("Voer alleen de domeinnaam in: verwijder de poort {port}."),
        },
        Code::DomainIsAddress => match l {
            En => "This is an address, not a domain name: enter only the part after @.".into(),
            Nl => "Dit is een adres, geen domeinnaam: voer alleen het deel na @ in.".into(),
        },
        Code::DomainNonAscii => match l {
            En => "Enter a domain name with accents or other non-ASCII letters in its xn-- form (Punycode), such as xn--bcher-kva.nl.".into(),
            Nl => "Voer een domeinnaam met accenten of andere niet-ASCII-tekens in de xn--notatie (Punycode) in, zoals xn--bcher-kva.nl.".into(),
        },
        Code::DomainTooLong { max, actual } => match l {
            En => format!("A domain name has at most {max} characters; this has {actual}."),
            Nl => format!("Een domeinnaam heeft maximaal {max} tekens; deze heeft er {actual}."),
        },
        Code::DomainLabelTooLong { label, max, actual } => match l {
            En => format!("Each part between dots has at most {max} characters; \u{201C}{label}\u{201D} has {actual}."),
            Nl => format!("Elk deel tussen punten heeft maximaal {max} tekens; \u{201C}{label}\u{201D} heeft er {actual}."),
        },
        Code::DomainEmptyLabel => match l {
            En => "The name has two dots in a row or starts with a dot.".into(),
            Nl => "De naam bevat twee punten achter elkaar of begint met een punt.".into(),
        },
        Code::DomainCharacters { found } => {
            let list = spaced(found);
            match l {
                En => format!("Use only letters a–z, digits, hyphens and dots. Remove: {list}"),
                Nl => format!("Gebruik uitsluitend letters a–z, cijfers, koppeltekens en punten. Verwijder: {list}"),
            }
        }
        Code::DomainLabelHyphen { label } => match l {
            En => format!("A part between dots cannot start or end with a hyphen: \u{201C}{label}\u{201D}."),
            Nl => format!("Een deel tussen punten kan niet beginnen of eindigen met een koppelteken: \u{201C}{label}\u{201D}."),
        },
        Code::DomainSingleLabel => match l {
            En => "Include the top-level extension, such as contoso.com or contoso.nl.".into(),
            Nl => "Voeg de extensie toe, zoals .com of .nl: bijvoorbeeld contoso.com of contoso.nl.".into(),
        },
        Code::DomainNumericTld => match l {
            En => "An IP address is not a domain name: enter a name such as contoso.com.".into(),
            Nl => "Een IP-adres is geen domeinnaam: voer een naam in zoals contoso.com.".into(),
        },
        Code::DomainInvalid => match l {
            En => "This is not a valid domain name. Use the form contoso.com.".into(),
            Nl => "Dit is geen geldige domeinnaam. Gebruik de notatie contoso.com.".into(),
        },
        Code::DomainInitial { suffix } => match l {
            En => format!("A name ending in {suffix} is the tenant's initial domain, not a custom domain: it needs no adding or verifying."),
            Nl => format!("Een naam die eindigt op {suffix} is het initiële domein van de tenant, geen aangepast domein: u hoeft het niet toe te voegen of te controleren."),
        },
        Code::DomainNonRoutable { tld } => match l {
            En => format!("A {tld} domain is not routable on the internet and cannot be verified. Use a registered domain, and add it as the UPN suffix in Active Directory."),
            Nl => format!("Een {tld}-domein is niet routeerbaar op internet en kan niet worden gecontroleerd. Gebruik een geregistreerd domein en voeg het als UPN-achtervoegsel toe in Active Directory."),
        },
        Code::DomainDuplicate { first } => match l {
            En => format!("This domain is already listed in row {}.", first.saturating_add(1)),
            Nl => format!("Dit domein staat al in rij {}.", first.saturating_add(1)),
        },
        Code::DomainNotVerified { ttl_seconds } => match l {
            En => format!("Not verified yet: add the TXT or MX record the admin portal shows at your DNS host (TTL {ttl_seconds} seconds), then verify the domain."),
            Nl => format!("Nog niet gecontroleerd: voeg het TXT- of MX-record dat de beheerportal toont toe bij uw DNS-host (TTL {ttl_seconds} seconden) en controleer daarna het domein."),
        },
        Code::UpnSuffixNotVerified => match l {
            En => "This UPN suffix is not verified: users would sign in as …@<tenant>.onmicrosoft.com. Verify the domain first.".into(),
            Nl => "Dit UPN-achtervoegsel is niet gecontroleerd: gebruikers zouden zich aanmelden als …@<tenant>.onmicrosoft.com. Controleer eerst het domein.".into(),
        },
        Code::VerifiedItemButUnverifiedDomains { item, count, first } => match (l, *count) {
            (En, 1) => format!("Item {item} is marked done, but the UPN-suffix domain in row {} is not marked verified.", first.saturating_add(1)),
            (Nl, 1) => format!("Item {item} is als voltooid gemarkeerd, maar het domein in rij {} dat als UPN-achtervoegsel wordt gebruikt, is niet als gecontroleerd gemarkeerd.", first.saturating_add(1)),
            (En, n) => format!("Item {item} is marked done, but {n} UPN-suffix domains are not marked verified (the first in row {}).", first.saturating_add(1)),
            (Nl, n) => format!("Item {item} is als voltooid gemarkeerd, maar {n} domeinen die als UPN-achtervoegsel worden gebruikt, zijn niet als gecontroleerd gemarkeerd (het eerste in rij {}).", first.saturating_add(1)),
        },
    }
}

/// Characters in a list, separated by spaces, quoted.
fn spaced(found: &str) -> String {
    let items: Vec<String> = found
        .chars()
        .map(|c| format!("\u{201C}{c}\u{201D}"))
        .collect();
    items.join(" ")
}
