//! The calendar's words ([`crate::report::calendar`]): each event's summary
//! and description, in the plan's language.

use super::{Locale, Text};
use crate::domain::enrollment::Credential;

fn what(c: Credential, l: Locale) -> &'static str {
    match (c, l) {
        (Credential::ApnsCertificate, Locale::En) => "Apple MDM push certificate",
        (Credential::ApnsCertificate, Locale::Nl) => "Apple MDM-pushcertificaat",
        (Credential::DepToken, Locale::En) => "Apple DEP token",
        (Credential::DepToken, Locale::Nl) => "Apple DEP-token",
        (Credential::VppToken, Locale::En) => "Apple Apps and Books (VPP) token",
        (Credential::VppToken, Locale::Nl) => "Apple Apps and Books-token (VPP)",
    }
}

/// " (Contoso)", or nothing without a company name.
fn for_company(company: &str) -> String {
    if company.is_empty() {
        String::new()
    } else {
        format!(" ({company})")
    }
}

/// The calendar's own name: "Enrollready: Contoso".
pub fn calendar_name(company: &str, l: Locale) -> String {
    match (company.is_empty(), l) {
        (true, Locale::En) => "Enrollready: renewals and due dates".into(),
        (true, Locale::Nl) => "Enrollready: verlengingen en streefdatums".into(),
        (false, _) => format!("Enrollready: {company}"),
    }
}

pub fn expires_summary(c: Credential, company: &str, l: Locale) -> String {
    let what = what(c, l);
    let company = for_company(company);
    match l {
        Locale::En => format!("{what} expires{company}"),
        Locale::Nl => format!("{what} verloopt{company}"),
    }
}

pub fn expires_description(c: Credential, company: &str, l: Locale) -> String {
    let what = what(c, l);
    let company = for_company(company);
    match (c, l) {
        (Credential::ApnsCertificate, Locale::En) => format!(
            "Step 6: Enable enrollment{company}. The {what} expires today. Renew it with the same Apple ID in the Apple Push Certificates Portal and upload it to Intune; a new certificate instead of a renewal makes every Apple device enroll again."
        ),
        (Credential::ApnsCertificate, Locale::Nl) => format!(
            "Stap 6: Inschrijving inschakelen{company}. Het {what} verloopt vandaag. Verleng het met dezelfde Apple ID in de Apple Push Certificates Portal en upload het naar Intune; een nieuw certificaat in plaats van een verlenging betekent dat elk Apple-apparaat opnieuw moet worden ingeschreven."
        ),
        (Credential::DepToken, Locale::En) => format!(
            "Step 6: Enable enrollment{company}. The {what} expires today. Download a new token from Apple and upload it to Intune."
        ),
        (Credential::DepToken, Locale::Nl) => format!(
            "Stap 6: Inschrijving inschakelen{company}. Het {what} verloopt vandaag. Download een nieuw token bij Apple en upload het naar Intune."
        ),
        (Credential::VppToken, Locale::En) => format!(
            "Step 6: Enable enrollment{company}. The {what} expires today. Download a new token in Apple Business and upload it to Intune (Tenant administration > Connectors and tokens > Apple VPP tokens); until then apps bought in volume are not licensed to new devices."
        ),
        (Credential::VppToken, Locale::Nl) => format!(
            "Stap 6: Inschrijving inschakelen{company}. Het {what} verloopt vandaag. Download een nieuw token in Apple Business en upload het naar Intune (Tenantbeheer > Connectors en tokens > Apple VPP-tokens); tot dan krijgen nieuwe apparaten geen licenties voor in volume gekochte apps."
        ),
    }
}

pub fn renew_summary(c: Credential, company: &str, l: Locale) -> String {
    let what = what(c, l);
    let company = for_company(company);
    match l {
        Locale::En => format!("Renew the {what}{company}"),
        Locale::Nl => format!("{what} verlengen{company}"),
    }
}

pub fn renew_description(c: Credential, company: &str, days_left: i64, l: Locale) -> String {
    let what = what(c, l);
    let company = for_company(company);
    match l {
        Locale::En => format!(
            "Step 6: Enable enrollment{company}. The {what} expires in {days_left} days: renew it now, before it expires."
        ),
        Locale::Nl => format!(
            "Stap 6: Inschrijving inschakelen{company}. Het {what} verloopt over {days_left} dagen: verleng het nu, voordat het verloopt."
        ),
    }
}

pub fn item_summary(label: &str, company: &str, l: Locale) -> String {
    let company = for_company(company);
    match l {
        Locale::En => format!("Due: {label}{company}"),
        // "Streefdatum", the checklist's own word.
        Locale::Nl => format!("{}: {label}{company}", Text::ItemDueDate.get(l)),
    }
}

pub fn item_description(step: &str, label: &str, owner: &str, note: &str, l: Locale) -> String {
    let mut out = format!("{step}. {label}");
    let owner = owner.trim();
    let note = note.trim();
    for (label, value) in [(Text::ItemOwner, owner), (Text::ItemNote, note)] {
        if !value.is_empty() {
            out.push_str(&format!("\n{}: {value}", label.get(l)));
        }
    }
    out
}
