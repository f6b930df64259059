//! The words around the Microsoft Graph branding request
//! ([`crate::format::graph`]): the new profile's name and description, and
//! what the page says beside the request.

use super::Locale;

/// The new profile's name and description: "Contoso – Company Portal" and a
/// line that says where it came from.
pub fn profile(company: &str, l: Locale) -> (String, String) {
    let company = company.trim();
    let name = match (company.is_empty(), l) {
        (true, Locale::En) => "Company Portal".to_owned(),
        (true, Locale::Nl) => "Bedrijfsportal".to_owned(),
        (false, Locale::En) => format!("{company} – Company Portal"),
        (false, Locale::Nl) => format!("{company} – Bedrijfsportal"),
    };
    let description = match l {
        Locale::En => "Written by Enrollready from a readiness plan.".to_owned(),
        Locale::Nl => "Door Enrollready geschreven vanuit een voorbereidingsplan.".to_owned(),
    };
    (name, description)
}

/// What the page says above the request: the endpoint, that it is beta, the
/// permissions, and that nothing is sent from the page.
pub fn explanation(endpoint: &str, permissions: &[&str], l: Locale) -> String {
    let permissions = permissions.join(", ");
    match l {
        Locale::En => format!(
            "Send this body with POST to {endpoint} (Microsoft Graph beta: it may change) to create a Company Portal branding profile, or with PATCH to the default profile's address to update it. It needs the permissions {permissions}. The page sends nothing: you run the request yourself, for example with the PowerShell below."
        ),
        Locale::Nl => format!(
            "Verstuur deze body met POST naar {endpoint} (Microsoft Graph bèta: dit kan nog veranderen) om een brandingprofiel voor de Bedrijfsportal te maken, of met PATCH naar het adres van het standaardprofiel om dat bij te werken. Hiervoor zijn de machtigingen {permissions} nodig. De pagina verstuurt niets: u voert de aanvraag zelf uit, bijvoorbeeld met de PowerShell hieronder."
        ),
    }
}
