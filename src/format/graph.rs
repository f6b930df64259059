//! The Company Portal branding of a plan as a Microsoft Graph request, ready
//! for an admin to run (nothing is sent from here): the body of an
//! `intuneBrandingProfile` (beta) for `POST
//! /beta/deviceManagement/intuneBrandingProfiles`, and the same properties for
//! a `PATCH` of the default profile. Only the properties the plan sets are
//! written. The mapping and the types are the fact sheet's (DOMAIN-2026.md
//! §4.5, "intuneBrandingProfile resource type", graph-rest-beta); the
//! [`PROPERTIES`] table lists every property this module may write, with its
//! type, and a test holds every body to it.

use serde_json::{json, Map, Value};

use crate::domain::company_portal::{self, FieldId, Rules};
use crate::domain::image::{ImageKind, Logo};
use crate::domain::{CompanyPortal, LogoSlot};

/// The collection a new profile is posted to.
pub const ENDPOINT: &str = "https://graph.microsoft.com/beta/deviceManagement/intuneBrandingProfiles";
/// The API version: the resource exists only in beta (no v1.0 version was
/// found; DOMAIN-2026.md §4.5 and §10, item 12).
pub const API_VERSION: &str = "beta";
/// The permissions to request: the fact sheet found the Graph pages
/// inconsistent (create and update name the first, list and get the second),
/// so both (DOMAIN-2026.md §4.5, §10 item 2).
pub const PERMISSIONS: [&str; 2] = [
    "DeviceManagementApps.ReadWrite.All",
    "DeviceManagementServiceConfig.ReadWrite.All",
];

/// A property's Graph type, as the resource table gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GraphType {
    String,
    Boolean,
    /// `rgbColor`: `r`, `g`, `b`, each a Byte (0–255).
    RgbColor,
    /// `mimeContent`: `type` (a MIME type) and `value` (base64 binary).
    MimeContent,
    /// `enrollmentAvailabilityOptions`: `availableWithPrompts`,
    /// `availableWithoutPrompts` or `unavailable`.
    EnrollmentAvailabilityOptions,
}

/// The values of `enrollmentAvailabilityOptions` (DOMAIN-2026.md §4.5).
pub const ENROLLMENT_AVAILABILITY_OPTIONS: [&str; 3] =
    ["availableWithPrompts", "availableWithoutPrompts", "unavailable"];

/// Every property this module writes, with its type (DOMAIN-2026.md §4.5).
pub const PROPERTIES: &[(&str, GraphType)] = &[
    ("@odata.type", GraphType::String),
    ("profileName", GraphType::String),
    ("profileDescription", GraphType::String),
    ("displayName", GraphType::String),
    ("themeColor", GraphType::RgbColor),
    ("showLogo", GraphType::Boolean),
    ("showDisplayNameNextToLogo", GraphType::Boolean),
    ("themeColorLogo", GraphType::MimeContent),
    ("lightBackgroundLogo", GraphType::MimeContent),
    ("contactITName", GraphType::String),
    ("contactITPhoneNumber", GraphType::String),
    ("contactITEmailAddress", GraphType::String),
    ("contactITNotes", GraphType::String),
    ("onlineSupportSiteUrl", GraphType::String),
    ("onlineSupportSiteName", GraphType::String),
    ("privacyUrl", GraphType::String),
    ("landingPageCustomizedImage", GraphType::MimeContent),
    ("customCantSeePrivacyMessage", GraphType::String),
    ("customCanSeePrivacyMessage", GraphType::String),
    ("enrollmentAvailability", GraphType::EnrollmentAvailabilityOptions),
];

/// Which request: a new profile, or the default profile's update.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Request {
    /// `POST` to [`ENDPOINT`]: a new profile, named (`profileName`).
    Create,
    /// `PATCH` of the default profile (`isDefaultProfile eq true`): the same
    /// properties without the profile's name.
    UpdateDefault,
}

/// The new profile's name and description (in the plan's language; the
/// caller's words).
#[derive(Clone, Copy, Debug)]
pub struct Profile<'a> {
    pub name: &'a str,
    pub description: &'a str,
}

/// A logo as `mimeContent`, when its content is kept and is an image.
fn mime_content(logo: Option<&Logo>) -> Option<Value> {
    let logo = logo?;
    if logo.kind == ImageKind::Other || logo.content_not_base64 || logo.content_base64.is_empty() {
        return None;
    }
    Some(json!({
        "@odata.type": "microsoft.graph.mimeContent",
        "type": logo.kind.media_type(),
        "value": &*logo.content_base64,
    }))
}

/// The body of the request under the 2017 rules (see [`branding_body_in`]).
pub fn branding_body(portal: &CompanyPortal, request: Request, profile: &Profile<'_>) -> Value {
    branding_body_in(portal, &company_portal::CLASSIC_2017, request, profile)
}

/// The body of the request: only what the plan sets (trimmed text, a valid
/// theme colour, logos whose content is kept), and only the fields of the
/// ruleset's step 4 (under intune-2026 also "Show in header", the brand
/// image, the privacy messages and Device enrollment; the logos need no
/// "Include company logo"). `profile` names a new profile (not used for
/// [`Request::UpdateDefault`]).
pub fn branding_body_in(
    portal: &CompanyPortal,
    rules: &Rules,
    request: Request,
    profile: &Profile<'_>,
) -> Value {
    let mut body = Map::new();
    body.insert(
        "@odata.type".into(),
        Value::from("#microsoft.graph.intuneBrandingProfile"),
    );
    if request == Request::Create {
        body.insert("profileName".into(), Value::from(profile.name.trim()));
        body.insert(
            "profileDescription".into(),
            Value::from(profile.description.trim()),
        );
    }
    let mut text = |key: &str, value: &str| {
        let value = value.trim();
        if !value.is_empty() {
            body.insert(key.into(), Value::from(value));
        }
    };
    text("displayName", &portal.company_name);
    text("contactITName", &portal.it_contact_name);
    text("contactITPhoneNumber", &portal.it_phone);
    text("contactITEmailAddress", &portal.it_email);
    text("contactITNotes", &portal.additional_info);
    text("onlineSupportSiteUrl", &portal.support_website_url);
    text("onlineSupportSiteName", &portal.website_name);
    text("privacyUrl", &portal.privacy_statement_url);
    let has = |id| rules.field(id).is_some();
    if has(FieldId::PrivacyMessageCantSee) {
        text("customCantSeePrivacyMessage", &portal.privacy_message_cant_see);
    }
    if has(FieldId::PrivacyMessageCanSee) {
        text("customCanSeePrivacyMessage", &portal.privacy_message_can_see);
    }
    if let Some([r, g, b]) = portal.theme_rgb() {
        body.insert("themeColor".into(), json!({ "r": r, "g": g, "b": b }));
    }
    if has(FieldId::EnrollmentAvailability) {
        if let Some(a) = portal.enrollment_availability {
            body.insert("enrollmentAvailability".into(), Value::from(a.graph()));
        }
    }
    if has(FieldId::BrandImage) {
        if let Some(v) = mime_content(portal.logo(LogoSlot::BrandImage)) {
            body.insert("landingPageCustomizedImage".into(), v);
        }
    }
    if !rules.logo_switch() || portal.include_logo {
        let theme = mime_content(portal.logo(LogoSlot::ThemeBackground));
        let light = mime_content(portal.logo(LogoSlot::WhiteBackground));
        let any = theme.is_some() || light.is_some();
        if let Some(v) = theme {
            body.insert("themeColorLogo".into(), v);
        }
        if let Some(v) = light {
            body.insert("lightBackgroundLogo".into(), v);
        }
        // "Show in header" (DOMAIN-2026.md §4.2; the mapping is a TOOL
        // rule): as chosen (logo only or logo and name: showLogo; logo and
        // name: showDisplayNameNextToLogo); when not chosen, the logo when
        // there is one, and the name beside it when the plan has a name.
        let chosen = portal
            .show_in_header
            .filter(|_| has(FieldId::ShowInHeader));
        let (logo, name) = match chosen {
            Some(h) => (h.shows_logo(), h.shows_name_next_to_logo()),
            None => (any, any && !portal.company_name.trim().is_empty()),
        };
        if chosen.is_some() || any || rules.logo_switch() {
            body.insert("showLogo".into(), Value::from(logo));
            body.insert("showDisplayNameNextToLogo".into(), Value::from(name));
        }
    }
    Value::Object(body)
}

/// The body as pretty JSON text, under the 2017 rules.
pub fn branding_json(portal: &CompanyPortal, request: Request, profile: &Profile<'_>) -> String {
    branding_json_in(portal, &company_portal::CLASSIC_2017, request, profile)
}

/// The body as pretty JSON text, under a ruleset's rules of step 4.
pub fn branding_json_in(
    portal: &CompanyPortal,
    rules: &Rules,
    request: Request,
    profile: &Profile<'_>,
) -> String {
    serde_json::to_string_pretty(&branding_body_in(portal, rules, request, profile))
        .unwrap_or_default()
}

/// The PowerShell lines that send the request with the Microsoft Graph
/// PowerShell SDK (`Invoke-MgGraphRequest`), the body read from `file`.
pub fn powershell(request: Request, file: &str) -> String {
    let scopes = PERMISSIONS.join("\",\"");
    let connect = format!("Connect-MgGraph -Scopes \"{scopes}\"");
    let body = format!("$body = Get-Content -Raw -Path \"{file}\"");
    match request {
        Request::Create => format!(
            "{connect}\n{body}\nInvoke-MgGraphRequest -Method POST -Uri \"{ENDPOINT}\" -Body $body -ContentType \"application/json\""
        ),
        Request::UpdateDefault => format!(
            "{connect}\n{body}\n$default = (Invoke-MgGraphRequest -Method GET -Uri \"{ENDPOINT}?`$filter=isDefaultProfile eq true\").value[0]\nInvoke-MgGraphRequest -Method PATCH -Uri \"{ENDPOINT}/$($default.id)\" -Body $body -ContentType \"application/json\""
        ),
    }
}
