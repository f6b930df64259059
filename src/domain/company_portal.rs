//! Step 4 of the source document: configure the Company Portal.
//!
//! [`FIELDS`] is the one table of the step's fields, their limits and rules.
//! Validation, the page and the tests all read it.

use serde::Serialize;

use super::checklist::ItemDef;
use super::checks;
use super::finding::{Code, FieldPath, Finding, Severity};
use super::image::{Bounds, ImageKind, Logo, BRAND_IMAGE_BOUNDS, LOGO_BOUNDS};
use super::steps::StepId;
use crate::i18n::Text;

/// Largest logo width in pixels (source: "maximaal 400 x 100 pixels").
pub const LOGO_MAX_WIDTH: u32 = 400;
/// Largest logo height in pixels.
pub const LOGO_MAX_HEIGHT: u32 = 100;
/// Largest logo file: 750 kB, read as 750,000 bytes (the source does not say
/// which kilobyte; the decimal one is the safe reading).
pub const LOGO_MAX_BYTES: u64 = 750_000;
/// Largest brand image file under intune-2026 (DOMAIN-2026.md §4.2: "max
/// size 1.3 MB", read as 1,300,000 bytes; the MB base is unconfirmed, §10
/// item 6).
pub const BRAND_IMAGE_MAX_BYTES: u64 = 1_300_000;
/// Longest iOS/iPadOS privacy message under intune-2026 (§4.4), in characters.
pub const PRIVACY_MESSAGE_MAX: usize = 520;
/// The colour the preview uses while no valid theme colour is set.
pub const DEFAULT_PREVIEW_COLOR: &str = "#0078D4";

/// The fields of the Company Portal step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldId {
    CompanyName,
    ItContactName,
    ItPhone,
    ItEmail,
    AdditionalInfo,
    PrivacyStatementUrl,
    SupportWebsiteUrl,
    WebsiteName,
    ThemeColor,
    IncludeLogo,
    LogoWhiteBackground,
    LogoThemeBackground,
    AppBackground,
    /// intune-2026: what the header shows (logo and name, logo, name).
    ShowInHeader,
    /// intune-2026: the brand image (profile page background).
    BrandImage,
    /// intune-2026: the iOS/iPadOS privacy message about what support
    /// can't see or do.
    PrivacyMessageCantSee,
    /// intune-2026: the iOS/iPadOS privacy message about what support sees
    /// or does.
    PrivacyMessageCanSee,
    /// intune-2026: Device enrollment (available with or without prompts,
    /// unavailable).
    EnrollmentAvailability,
}

/// The kind of control a field needs, with its limit where it has one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text, at most `max` characters.
    Text { max: usize },
    /// Several lines of text, at most `max` characters.
    MultiLine { max: usize },
    /// A `#RRGGBB` colour.
    Color,
    /// On or off.
    Checkbox,
    /// An image file.
    Logo(LogoSlot),
    /// One of [`AppBackground::ALL`].
    Choice,
    /// One of a list of named options ([`Select`]), or none chosen.
    Select(Select),
}

/// The option lists of [`FieldKind::Select`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Select {
    ShowInHeader,
    EnrollmentAvailability,
}

impl Select {
    /// The options' keys (as in the file) and labels, in the console's order.
    pub fn options(self) -> Vec<(&'static str, Text)> {
        match self {
            Select::ShowInHeader => ShowInHeader::ALL
                .into_iter()
                .map(|v| (v.key(), v.label()))
                .collect(),
            Select::EnrollmentAvailability => EnrollmentAvailability::ALL
                .into_iter()
                .map(|v| (v.key(), v.label()))
                .collect(),
        }
    }

    /// The label of the empty choice ("Not chosen", with Intune's default
    /// where the fact sheet names one).
    pub fn unset_label(self) -> Text {
        match self {
            Select::ShowInHeader => Text::NotChosen,
            Select::EnrollmentAvailability => Text::NotChosenEnrollmentDefault,
        }
    }
}

/// The format rule a text field follows beyond its length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    None,
    CompanyName,
    Phone,
    Email,
    HttpsUrl,
}

/// One row of the field table.
#[derive(Clone, Copy, Debug)]
pub struct FieldSpec {
    pub id: FieldId,
    /// The field's name in the file format, also used for element ids.
    pub key: &'static str,
    pub kind: FieldKind,
    pub rule: Rule,
    pub required: bool,
    pub label: Text,
    /// A short explanation shown under the field.
    pub hint: Option<Text>,
}

/// The Company Portal fields, in the order of the source document.
pub const FIELDS: &[FieldSpec] = &[
    FieldSpec {
        id: FieldId::CompanyName,
        key: "company_name",
        kind: FieldKind::Text { max: 40 },
        rule: Rule::CompanyName,
        required: true,
        label: Text::FieldCompanyName,
        hint: Some(Text::HintCompanyName),
    },
    FieldSpec {
        id: FieldId::ItContactName,
        key: "it_contact_name",
        kind: FieldKind::Text { max: 40 },
        rule: Rule::None,
        required: false,
        label: Text::FieldItContactName,
        hint: Some(Text::HintContactPage),
    },
    FieldSpec {
        id: FieldId::ItPhone,
        key: "it_phone",
        kind: FieldKind::Text { max: 20 },
        rule: Rule::Phone,
        required: false,
        label: Text::FieldItPhone,
        hint: Some(Text::HintPhone),
    },
    FieldSpec {
        id: FieldId::ItEmail,
        key: "it_email",
        kind: FieldKind::Text { max: 40 },
        rule: Rule::Email,
        required: false,
        label: Text::FieldItEmail,
        hint: Some(Text::HintEmail),
    },
    FieldSpec {
        id: FieldId::AdditionalInfo,
        key: "additional_info",
        kind: FieldKind::MultiLine { max: 120 },
        rule: Rule::None,
        required: false,
        label: Text::FieldAdditionalInfo,
        hint: Some(Text::HintContactPage),
    },
    FieldSpec {
        id: FieldId::PrivacyStatementUrl,
        key: "privacy_statement_url",
        kind: FieldKind::Text { max: 79 },
        rule: Rule::HttpsUrl,
        required: false,
        label: Text::FieldPrivacyStatementUrl,
        hint: Some(Text::HintUrl),
    },
    FieldSpec {
        id: FieldId::SupportWebsiteUrl,
        key: "support_website_url",
        kind: FieldKind::Text { max: 150 },
        rule: Rule::HttpsUrl,
        required: false,
        label: Text::FieldSupportWebsiteUrl,
        hint: Some(Text::HintSupportUrl),
    },
    FieldSpec {
        id: FieldId::WebsiteName,
        key: "website_name",
        kind: FieldKind::Text { max: 40 },
        rule: Rule::None,
        required: false,
        label: Text::FieldWebsiteName,
        hint: Some(Text::HintWebsiteName),
    },
    FieldSpec {
        id: FieldId::ThemeColor,
        key: "theme_color",
        kind: FieldKind::Color,
        rule: Rule::None,
        required: false,
        label: Text::FieldThemeColor,
        hint: Some(Text::HintThemeColor),
    },
    FieldSpec {
        id: FieldId::IncludeLogo,
        key: "include_logo",
        kind: FieldKind::Checkbox,
        rule: Rule::None,
        required: false,
        label: Text::FieldIncludeLogo,
        hint: None,
    },
    FieldSpec {
        id: FieldId::LogoWhiteBackground,
        key: "logo_white_background",
        kind: FieldKind::Logo(LogoSlot::WhiteBackground),
        rule: Rule::None,
        required: false,
        label: Text::FieldLogoWhiteBackground,
        hint: Some(Text::HintLogo),
    },
    FieldSpec {
        id: FieldId::LogoThemeBackground,
        key: "logo_theme_background",
        kind: FieldKind::Logo(LogoSlot::ThemeBackground),
        rule: Rule::None,
        required: false,
        label: Text::FieldLogoThemeBackground,
        hint: Some(Text::HintLogo),
    },
    FieldSpec {
        id: FieldId::AppBackground,
        key: "app_background",
        kind: FieldKind::Choice,
        rule: Rule::None,
        required: false,
        label: Text::FieldAppBackground,
        hint: Some(Text::HintAppBackground),
    },
];

/// The sections of the 2017 step, in the order of the source document.
pub const SECTIONS: &[(Text, &[FieldId])] = &[
    (
        Text::SectionContact,
        &[
            FieldId::CompanyName,
            FieldId::ItContactName,
            FieldId::ItPhone,
            FieldId::ItEmail,
            FieldId::AdditionalInfo,
            FieldId::PrivacyStatementUrl,
        ],
    ),
    (
        Text::SectionSupport,
        &[FieldId::SupportWebsiteUrl, FieldId::WebsiteName],
    ),
    (
        Text::SectionBranding,
        &[
            FieldId::ThemeColor,
            FieldId::IncludeLogo,
            FieldId::LogoWhiteBackground,
            FieldId::LogoThemeBackground,
            FieldId::AppBackground,
        ],
    ),
];

/// Today's fields (DOMAIN-2026.md §4.2–4.4, Tenant administration >
/// Customization), with today's labels. "Include company logo" and the app
/// background are not among them: their values stay in the plan, unshown
/// and unchecked under this ruleset. The organization name has no
/// documented character rule today, nor is it documented as required.
pub const FIELDS_2026: &[FieldSpec] = &[
    FieldSpec {
        id: FieldId::CompanyName,
        key: "company_name",
        kind: FieldKind::Text { max: 40 },
        rule: Rule::None,
        required: false,
        label: Text::FieldOrganizationName,
        hint: Some(Text::HintOrganizationName),
    },
    FieldSpec {
        id: FieldId::ThemeColor,
        key: "theme_color",
        kind: FieldKind::Color,
        rule: Rule::None,
        required: false,
        label: Text::FieldThemeColor,
        hint: Some(Text::HintThemeColor2026),
    },
    FieldSpec {
        id: FieldId::ShowInHeader,
        key: "show_in_header",
        kind: FieldKind::Select(Select::ShowInHeader),
        rule: Rule::None,
        required: false,
        label: Text::FieldShowInHeader,
        hint: Some(Text::HintShowInHeader),
    },
    FieldSpec {
        id: FieldId::LogoThemeBackground,
        key: "logo_theme_background",
        kind: FieldKind::Logo(LogoSlot::ThemeBackground),
        rule: Rule::None,
        required: false,
        label: Text::FieldLogoThemeBackground2026,
        hint: Some(Text::HintLogo),
    },
    FieldSpec {
        id: FieldId::LogoWhiteBackground,
        key: "logo_white_background",
        kind: FieldKind::Logo(LogoSlot::WhiteBackground),
        rule: Rule::None,
        required: false,
        label: Text::FieldLogoLightBackground,
        hint: Some(Text::HintLogo),
    },
    FieldSpec {
        id: FieldId::BrandImage,
        key: "brand_image",
        kind: FieldKind::Logo(LogoSlot::BrandImage),
        rule: Rule::None,
        required: false,
        label: Text::FieldBrandImage,
        hint: Some(Text::HintBrandImage),
    },
    FieldSpec {
        id: FieldId::ItContactName,
        key: "it_contact_name",
        kind: FieldKind::Text { max: 40 },
        rule: Rule::None,
        required: false,
        label: Text::FieldContactName,
        hint: Some(Text::HintSupportPage),
    },
    FieldSpec {
        id: FieldId::ItPhone,
        key: "it_phone",
        kind: FieldKind::Text { max: 20 },
        rule: Rule::Phone,
        required: false,
        label: Text::FieldPhoneNumber,
        hint: Some(Text::HintPhone),
    },
    FieldSpec {
        id: FieldId::ItEmail,
        key: "it_email",
        kind: FieldKind::Text { max: 40 },
        rule: Rule::Email,
        required: false,
        label: Text::FieldEmailAddress,
        hint: Some(Text::HintEmail),
    },
    FieldSpec {
        id: FieldId::WebsiteName,
        key: "website_name",
        kind: FieldKind::Text { max: 40 },
        rule: Rule::None,
        required: false,
        label: Text::FieldWebsiteName,
        hint: Some(Text::HintWebsiteName2026),
    },
    FieldSpec {
        id: FieldId::SupportWebsiteUrl,
        key: "support_website_url",
        kind: FieldKind::Text { max: 150 },
        rule: Rule::HttpsUrl,
        required: false,
        label: Text::FieldWebsiteUrl,
        hint: Some(Text::HintSupportUrl),
    },
    FieldSpec {
        id: FieldId::AdditionalInfo,
        key: "additional_info",
        kind: FieldKind::MultiLine { max: 120 },
        rule: Rule::None,
        required: false,
        label: Text::FieldAdditionalInfo,
        hint: Some(Text::HintSupportPage),
    },
    FieldSpec {
        id: FieldId::EnrollmentAvailability,
        key: "enrollment_availability",
        kind: FieldKind::Select(Select::EnrollmentAvailability),
        rule: Rule::None,
        required: false,
        label: Text::FieldDeviceEnrollment,
        hint: Some(Text::HintDeviceEnrollment),
    },
    FieldSpec {
        id: FieldId::PrivacyStatementUrl,
        key: "privacy_statement_url",
        kind: FieldKind::Text { max: 79 },
        rule: Rule::HttpsUrl,
        required: false,
        label: Text::FieldPrivacyStatementUrl2026,
        hint: Some(Text::HintUrl),
    },
    FieldSpec {
        id: FieldId::PrivacyMessageCantSee,
        key: "privacy_message_cant_see",
        kind: FieldKind::MultiLine {
            max: PRIVACY_MESSAGE_MAX,
        },
        rule: Rule::None,
        required: false,
        label: Text::FieldPrivacyMessageCantSee,
        hint: Some(Text::HintPrivacyMessage),
    },
    FieldSpec {
        id: FieldId::PrivacyMessageCanSee,
        key: "privacy_message_can_see",
        kind: FieldKind::MultiLine {
            max: PRIVACY_MESSAGE_MAX,
        },
        rule: Rule::None,
        required: false,
        label: Text::FieldPrivacyMessageCanSee,
        hint: Some(Text::HintPrivacyMessage),
    },
];

/// Today's sections: Branding, Support information, Configuration (the
/// admin center's Customization page).
pub const SECTIONS_2026: &[(Text, &[FieldId])] = &[
    (
        Text::SectionBranding2026,
        &[
            FieldId::CompanyName,
            FieldId::ThemeColor,
            FieldId::ShowInHeader,
            FieldId::LogoThemeBackground,
            FieldId::LogoWhiteBackground,
            FieldId::BrandImage,
        ],
    ),
    (
        Text::SectionSupport2026,
        &[
            FieldId::ItContactName,
            FieldId::ItPhone,
            FieldId::ItEmail,
            FieldId::WebsiteName,
            FieldId::SupportWebsiteUrl,
            FieldId::AdditionalInfo,
        ],
    ),
    (
        Text::SectionConfiguration,
        &[
            FieldId::EnrollmentAvailability,
            FieldId::PrivacyStatementUrl,
            FieldId::PrivacyMessageCantSee,
            FieldId::PrivacyMessageCanSee,
        ],
    ),
];

/// The rules of step 4 in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The fields, their labels, limits and rules: only these are shown and
    /// checked under the ruleset.
    pub fields: &'static [FieldSpec],
    /// The page's sections: a heading and its fields, in order.
    pub sections: &'static [(Text, &'static [FieldId])],
    pub items: &'static [ItemDef],
    /// The largest logo file, in bytes.
    pub logo_max_bytes: u64,
    /// The largest logo (width, height) in pixels, when there is a maximum.
    pub logo_max_dimensions: Option<(u32, u32)>,
    /// The logo file types accepted.
    pub logo_kinds: &'static [ImageKind],
    /// Logos should be taller than this many pixels (a recommendation).
    pub logo_recommended_height_over: Option<u32>,
    /// The largest brand image file, in bytes, when the ruleset has one.
    pub brand_image_max_bytes: Option<u64>,
    /// Brand images should be wider than this many pixels (a recommendation).
    pub brand_image_recommended_width_over: Option<u32>,
    /// The longest privacy message (iOS/iPadOS), in characters, when the
    /// ruleset has them.
    pub privacy_message_max: Option<usize>,
    /// The most customization policies targeted at groups (beside the
    /// default policy), when the ruleset has them.
    pub max_targeted_policies: Option<u32>,
}

/// The source document's rules.
pub const CLASSIC_2017: Rules = Rules {
    fields: FIELDS,
    sections: SECTIONS,
    items: &[
        // Admin > Company Portal: the settings entered and saved in the console.
        ItemDef::new("S4-01", StepId::CompanyPortal),
    ],
    logo_max_bytes: LOGO_MAX_BYTES,
    logo_max_dimensions: Some((LOGO_MAX_WIDTH, LOGO_MAX_HEIGHT)),
    logo_kinds: &[ImageKind::Png, ImageKind::Jpeg],
    logo_recommended_height_over: None,
    brand_image_max_bytes: None,
    brand_image_recommended_width_over: None,
    privacy_message_max: None,
    max_targeted_policies: None,
};

/// Today's rules (ruleset `intune-2026`, DOMAIN-2026.md §4): "How to
/// Configure the Intune Company Portal Apps, Company Portal Website, and
/// Intune App" (ms.date 2025-10-02), Tenant administration > Customization.
/// The field limits of §4.2–4.4 (40/40/20/40/40/150/120/79/520/520) are
/// those of [`FIELDS_2026`].
pub const INTUNE_2026: Rules = Rules {
    fields: FIELDS_2026,
    sections: SECTIONS_2026,
    items: &[
        // §4.1: the default policy edited in Tenant administration > Customization.
        ItemDef::new("T4-01", StepId::CompanyPortal),
        // §4.4: the Device enrollment setting chosen.
        ItemDef::new("T4-02", StepId::CompanyPortal),
        // §4.4: the iOS/iPadOS privacy messages (520 characters, Markdown).
        ItemDef::new("T4-03", StepId::CompanyPortal).when(ios_mac),
        // §4.2: the brand image (optional).
        ItemDef::new("T4-04", StepId::CompanyPortal).informational(),
        // §4.1: group-targeted policies (up to 25, user groups only).
        ItemDef::new("T4-05", StepId::CompanyPortal).informational(),
    ],
    // §4.2: "max file size 750KB", read as 750,000 bytes (KB base unconfirmed, §10 item 6).
    logo_max_bytes: 750_000,
    // §4.2: "No maximum pixel dimensions are stated for logos/brand image today".
    logo_max_dimensions: None,
    // §4.2: PNG, JPG or JPEG.
    logo_kinds: &[ImageKind::Png, ImageKind::Jpeg],
    // §4.2: "recommended height > 72 px" (TOOL: a warning, never an error).
    logo_recommended_height_over: Some(72),
    // §4.2: "max size 1.3 MB", read as 1,300,000 bytes.
    brand_image_max_bytes: Some(BRAND_IMAGE_MAX_BYTES),
    // §4.2: "recommended width > 1125 px".
    brand_image_recommended_width_over: Some(1125),
    // §4.4: both privacy messages, 520 characters.
    privacy_message_max: Some(PRIVACY_MESSAGE_MAX),
    // §4.1: "up to 25 user-group-targeted policies".
    max_targeted_policies: Some(25),
};

fn ios_mac(plan: &super::plan::Plan) -> bool {
    plan.enrollment.platforms.ios_mac
}

/// The row [`spec`] falls back on.
// Evaluated at compile time: an empty table does not build, nothing panics at run time.
#[allow(clippy::indexing_slicing)]
const FIRST_FIELD: &FieldSpec = &FIELDS[0];

/// The spec of a field: its 2017 row, else its row in today's table (a
/// field's key is the same in both; for the ruleset's own label and limits
/// use [`Rules::spec`]).
pub fn spec(id: FieldId) -> &'static FieldSpec {
    // Every FieldId has a row in one of the tables: the table test proves it.
    FIELDS
        .iter()
        .chain(FIELDS_2026)
        .find(|f| f.id == id)
        .unwrap_or(FIRST_FIELD)
}

impl Rules {
    /// The ruleset's row of a field, when the ruleset has the field.
    pub fn field(&self, id: FieldId) -> Option<&'static FieldSpec> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The ruleset's row of a field, else [`spec`] (a finding of a field
    /// the ruleset does not have is still named).
    pub fn spec(&self, id: FieldId) -> &'static FieldSpec {
        self.field(id).unwrap_or_else(|| spec(id))
    }

    /// True when "Include company logo" gates the logos (2017): otherwise a
    /// logo is checked whenever one is set, and none is required.
    pub fn logo_switch(&self) -> bool {
        self.field(FieldId::IncludeLogo).is_some()
    }
}

/// The image files: the two logos and (intune-2026) the brand image.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LogoSlot {
    WhiteBackground,
    ThemeBackground,
    BrandImage,
}

impl LogoSlot {
    pub fn field(self) -> FieldId {
        match self {
            LogoSlot::WhiteBackground => FieldId::LogoWhiteBackground,
            LogoSlot::ThemeBackground => FieldId::LogoThemeBackground,
            LogoSlot::BrandImage => FieldId::BrandImage,
        }
    }

    /// What the page keeps and shows of a file in this slot.
    pub fn bounds(self) -> Bounds {
        match self {
            LogoSlot::WhiteBackground | LogoSlot::ThemeBackground => LOGO_BOUNDS,
            LogoSlot::BrandImage => BRAND_IMAGE_BOUNDS,
        }
    }
}

/// "Show in header" (intune-2026, DOMAIN-2026.md §4.2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum ShowInHeader {
    LogoAndName,
    LogoOnly,
    NameOnly,
}

impl ShowInHeader {
    pub const ALL: [ShowInHeader; 3] = [
        ShowInHeader::LogoAndName,
        ShowInHeader::LogoOnly,
        ShowInHeader::NameOnly,
    ];

    pub fn key(self) -> &'static str {
        match self {
            ShowInHeader::LogoAndName => "logo_and_name",
            ShowInHeader::LogoOnly => "logo_only",
            ShowInHeader::NameOnly => "name_only",
        }
    }

    pub fn from_key(key: &str) -> Option<ShowInHeader> {
        Self::ALL.into_iter().find(|v| v.key() == key)
    }

    pub fn label(self) -> Text {
        match self {
            ShowInHeader::LogoAndName => Text::ShowLogoAndName,
            ShowInHeader::LogoOnly => Text::ShowLogoOnly,
            ShowInHeader::NameOnly => Text::ShowNameOnly,
        }
    }

    /// Graph's `showLogo` (TOOL mapping, §4.5: logo only or logo and name).
    pub fn shows_logo(self) -> bool {
        matches!(self, ShowInHeader::LogoAndName | ShowInHeader::LogoOnly)
    }

    /// Graph's `showDisplayNameNextToLogo` (TOOL mapping: logo and name).
    pub fn shows_name_next_to_logo(self) -> bool {
        self == ShowInHeader::LogoAndName
    }

    /// Whether the header shows the organization name.
    pub fn shows_name(self) -> bool {
        matches!(self, ShowInHeader::LogoAndName | ShowInHeader::NameOnly)
    }
}

/// "Device enrollment" (intune-2026, DOMAIN-2026.md §4.4); Graph's
/// `enrollmentAvailability`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum EnrollmentAvailability {
    /// "Available, with prompts" (Intune's default).
    AvailableWithPrompts,
    /// "Available, no prompts".
    AvailableWithoutPrompts,
    /// "Unavailable": no way to enroll; apps that need enrollment hidden.
    Unavailable,
}

impl EnrollmentAvailability {
    pub const ALL: [EnrollmentAvailability; 3] = [
        EnrollmentAvailability::AvailableWithPrompts,
        EnrollmentAvailability::AvailableWithoutPrompts,
        EnrollmentAvailability::Unavailable,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EnrollmentAvailability::AvailableWithPrompts => "available_with_prompts",
            EnrollmentAvailability::AvailableWithoutPrompts => "available_without_prompts",
            EnrollmentAvailability::Unavailable => "unavailable",
        }
    }

    pub fn from_key(key: &str) -> Option<EnrollmentAvailability> {
        Self::ALL.into_iter().find(|v| v.key() == key)
    }

    pub fn label(self) -> Text {
        match self {
            EnrollmentAvailability::AvailableWithPrompts => Text::EnrollAvailableWithPrompts,
            EnrollmentAvailability::AvailableWithoutPrompts => Text::EnrollAvailableNoPrompts,
            EnrollmentAvailability::Unavailable => Text::EnrollUnavailable,
        }
    }

    /// Graph's value (`enrollmentAvailabilityOptions`).
    pub fn graph(self) -> &'static str {
        match self {
            EnrollmentAvailability::AvailableWithPrompts => "availableWithPrompts",
            EnrollmentAvailability::AvailableWithoutPrompts => "availableWithoutPrompts",
            EnrollmentAvailability::Unavailable => "unavailable",
        }
    }
}

/// The background of the Company Portal app. It affects only the app, not
/// the website (source step 4). The 2017 documents do not list its choices
/// (DOMAIN §12): these two, taken from the two logos the source names, are an
/// assumption, so the preview does not depend on them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(rename_all = "snake_case")]
pub enum AppBackground {
    #[default]
    ThemeColor,
    White,
}

impl AppBackground {
    pub const ALL: [AppBackground; 2] = [AppBackground::ThemeColor, AppBackground::White];

    pub fn key(self) -> &'static str {
        match self {
            AppBackground::ThemeColor => "theme_color",
            AppBackground::White => "white",
        }
    }

    pub fn from_key(key: &str) -> Option<AppBackground> {
        Self::ALL.into_iter().find(|b| b.key() == key)
    }

    pub fn label(self) -> Text {
        match self {
            AppBackground::ThemeColor => Text::BackgroundThemeColor,
            AppBackground::White => Text::BackgroundWhite,
        }
    }
}

/// What the user entered for step 4. Strings are kept exactly as typed (never
/// cut short), so that nothing is lost and every problem can be shown.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct CompanyPortal {
    pub company_name: String,
    pub it_contact_name: String,
    pub it_phone: String,
    pub it_email: String,
    pub additional_info: String,
    pub privacy_statement_url: String,
    pub support_website_url: String,
    pub website_name: String,
    pub theme_color: String,
    pub include_logo: bool,
    pub logo_white_background: Option<Logo>,
    pub logo_theme_background: Option<Logo>,
    pub app_background: AppBackground,
    /// intune-2026 "Show in header"; not chosen when absent (written only
    /// when chosen, so older plans are written as before).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_in_header: Option<ShowInHeader>,
    /// intune-2026 brand image (written only when set).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "arbitrary",
        serde(deserialize_with = "super::image::deserialize_brand_image")
    )]
    pub brand_image: Option<Logo>,
    /// intune-2026 iOS/iPadOS privacy message: what support can't see or do
    /// (Markdown; written only when not empty).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub privacy_message_cant_see: String,
    /// intune-2026 iOS/iPadOS privacy message: what support sees or does.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub privacy_message_can_see: String,
    /// intune-2026 "Device enrollment"; not chosen when absent (Intune's
    /// default is "Available, with prompts").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enrollment_availability: Option<EnrollmentAvailability>,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

impl CompanyPortal {
    /// The text of a text field (`None` for the other kinds).
    pub fn text(&self, id: FieldId) -> Option<&str> {
        Some(match id {
            FieldId::CompanyName => &self.company_name,
            FieldId::ItContactName => &self.it_contact_name,
            FieldId::ItPhone => &self.it_phone,
            FieldId::ItEmail => &self.it_email,
            FieldId::AdditionalInfo => &self.additional_info,
            FieldId::PrivacyStatementUrl => &self.privacy_statement_url,
            FieldId::SupportWebsiteUrl => &self.support_website_url,
            FieldId::WebsiteName => &self.website_name,
            FieldId::ThemeColor => &self.theme_color,
            FieldId::PrivacyMessageCantSee => &self.privacy_message_cant_see,
            FieldId::PrivacyMessageCanSee => &self.privacy_message_can_see,
            FieldId::IncludeLogo
            | FieldId::LogoWhiteBackground
            | FieldId::LogoThemeBackground
            | FieldId::AppBackground
            | FieldId::ShowInHeader
            | FieldId::BrandImage
            | FieldId::EnrollmentAvailability => return None,
        })
    }

    fn text_mut(&mut self, id: FieldId) -> Option<&mut String> {
        Some(match id {
            FieldId::CompanyName => &mut self.company_name,
            FieldId::ItContactName => &mut self.it_contact_name,
            FieldId::ItPhone => &mut self.it_phone,
            FieldId::ItEmail => &mut self.it_email,
            FieldId::AdditionalInfo => &mut self.additional_info,
            FieldId::PrivacyStatementUrl => &mut self.privacy_statement_url,
            FieldId::SupportWebsiteUrl => &mut self.support_website_url,
            FieldId::WebsiteName => &mut self.website_name,
            FieldId::ThemeColor => &mut self.theme_color,
            FieldId::PrivacyMessageCantSee => &mut self.privacy_message_cant_see,
            FieldId::PrivacyMessageCanSee => &mut self.privacy_message_can_see,
            FieldId::IncludeLogo
            | FieldId::LogoWhiteBackground
            | FieldId::LogoThemeBackground
            | FieldId::AppBackground
            | FieldId::ShowInHeader
            | FieldId::BrandImage
            | FieldId::EnrollmentAvailability => return None,
        })
    }

    /// Sets a text field; other kinds are left alone.
    pub fn set_text(&mut self, id: FieldId, value: String) {
        if let Some(slot) = self.text_mut(id) {
            *slot = value;
        }
    }

    pub fn logo(&self, slot: LogoSlot) -> Option<&Logo> {
        match slot {
            LogoSlot::WhiteBackground => self.logo_white_background.as_ref(),
            LogoSlot::ThemeBackground => self.logo_theme_background.as_ref(),
            LogoSlot::BrandImage => self.brand_image.as_ref(),
        }
    }

    pub fn set_logo(&mut self, slot: LogoSlot, logo: Option<Logo>) {
        match slot {
            LogoSlot::WhiteBackground => self.logo_white_background = logo,
            LogoSlot::ThemeBackground => self.logo_theme_background = logo,
            LogoSlot::BrandImage => self.brand_image = logo,
        }
    }

    /// The key of a select field's choice, `None` when none is chosen (or
    /// the field is no select).
    pub fn choice(&self, id: FieldId) -> Option<&'static str> {
        match id {
            FieldId::ShowInHeader => self.show_in_header.map(ShowInHeader::key),
            FieldId::EnrollmentAvailability => {
                self.enrollment_availability.map(EnrollmentAvailability::key)
            }
            _ => None,
        }
    }

    /// Sets a select field's choice by key (`None` or an unknown key: none
    /// chosen); other fields are left alone.
    pub fn set_choice(&mut self, id: FieldId, key: Option<&str>) {
        match id {
            FieldId::ShowInHeader => {
                self.show_in_header = key.and_then(ShowInHeader::from_key);
            }
            FieldId::EnrollmentAvailability => {
                self.enrollment_availability = key.and_then(EnrollmentAvailability::from_key);
            }
            _ => {}
        }
    }

    /// The theme colour as bytes, when it is valid.
    pub fn theme_rgb(&self) -> Option<[u8; 3]> {
        checks::parse_hex_color(&self.theme_color)
    }

    /// Every finding of this step, in the order of [`FIELDS`], under the
    /// 2017 rules.
    pub fn validate(&self, out: &mut Vec<Finding>) {
        self.validate_in(&CLASSIC_2017, out);
    }

    /// Every finding of this step, in the order of [`FIELDS`], under a
    /// ruleset's rules of this step (its logo limits).
    pub fn validate_in(&self, rules: &Rules, out: &mut Vec<Finding>) {
        let logo_switch = rules.logo_switch();
        for f in rules.fields {
            let path = FieldPath::Portal(f.id);
            match f.kind {
                FieldKind::Text { max } | FieldKind::MultiLine { max } => {
                    let value = self.text(f.id).unwrap_or_default();
                    if value.trim().is_empty() {
                        if f.required {
                            out.push(Finding::blocker(path, Code::Required));
                        }
                    } else {
                        if let Some(code) = checks::max_len(value, max) {
                            out.push(Finding::blocker(path, code));
                        }
                        for (severity, code) in rule_findings(f.rule, value) {
                            out.push(Finding {
                                path,
                                code,
                                severity,
                            });
                        }
                    }
                    if f.id == FieldId::WebsiteName {
                        self.website_name_findings(out);
                    }
                }
                FieldKind::Color => {
                    if !self.theme_color.trim().is_empty() && self.theme_rgb().is_none() {
                        out.push(Finding::blocker(path, Code::ThemeColorFormat));
                    }
                }
                FieldKind::Logo(slot) if logo_switch => {
                    if self.include_logo {
                        match self.logo(slot) {
                            None => out.push(Finding::blocker(path, Code::LogoRequired)),
                            Some(logo) => logo_findings(logo, rules, slot, path, out),
                        }
                    }
                }
                // No switch today: a logo is checked when set, none is required.
                FieldKind::Logo(slot) => {
                    if let Some(logo) = self.logo(slot) {
                        logo_findings(logo, rules, slot, path, out);
                    }
                }
                FieldKind::Checkbox | FieldKind::Choice | FieldKind::Select(_) => {}
            }
        }
    }

    fn website_name_findings(&self, out: &mut Vec<Finding>) {
        let path = FieldPath::Portal(FieldId::WebsiteName);
        let url_set = !self.support_website_url.trim().is_empty();
        let name_set = !self.website_name.trim().is_empty();
        if url_set && !name_set {
            out.push(Finding::info(path, Code::WebsiteNameDefault));
        } else if name_set && !url_set {
            out.push(Finding::warning(path, Code::WebsiteNameIgnored));
        }
    }

    /// What the Company Portal would show with these settings.
    pub fn preview(&self) -> PortalPreview<'_> {
        self.preview_in(&CLASSIC_2017)
    }

    /// What the Company Portal would show under a ruleset: under
    /// intune-2026 the header follows "Show in header" (logo and name when
    /// not chosen), the logo needs no switch, and the brand image is shown.
    pub fn preview_in(&self, rules: &Rules) -> PortalPreview<'_> {
        let rgb = self.theme_rgb();
        let theme_color = match rgb {
            Some([r, g, b]) => format!("#{r:02X}{g:02X}{b:02X}"),
            None => DEFAULT_PREVIEW_COLOR.to_owned(),
        };
        let [r, g, b] = rgb.unwrap_or([0x00, 0x78, 0xD4]);
        // The preview shows the website's header, in the theme colour, so
        // the logo for a theme-colour background. The app background affects
        // only the app (source step 4) and its choices are an assumption
        // (DOMAIN §12): the preview does not depend on it.
        let switch = rules.logo_switch();
        let header = if rules.field(FieldId::ShowInHeader).is_some() {
            self.show_in_header.unwrap_or(ShowInHeader::LogoAndName)
        } else {
            ShowInHeader::LogoAndName
        };
        let logo = if (!switch || self.include_logo) && header.shows_logo() {
            self.logo(LogoSlot::ThemeBackground)
                .filter(|l| l.displayable())
        } else {
            None
        };
        let brand_image = rules
            .field(FieldId::BrandImage)
            .and(self.brand_image.as_ref())
            .filter(|l| l.displayable_in(&BRAND_IMAGE_BOUNDS));
        let support_url = self.support_website_url.trim();
        let website_label = match (support_url.is_empty(), self.website_name.trim()) {
            (true, _) => None,
            (false, "") => Some(WebsiteLabel::GoToItWebsite),
            (false, name) => Some(WebsiteLabel::Name(name)),
        };
        PortalPreview {
            company_name: self.company_name.trim(),
            show_name: header.shows_name(),
            brand_image,
            theme_color,
            text_on_theme: if relative_luminance(r, g, b) > 0.179 {
                "#000000"
            } else {
                "#FFFFFF"
            },
            logo,
            contact_name: self.it_contact_name.trim(),
            phone: self.it_phone.trim(),
            email: self.it_email.trim(),
            additional_info: self.additional_info.trim(),
            support_url,
            website_label,
            privacy_url: self.privacy_statement_url.trim(),
        }
    }
}

/// The findings of a text field's format rule, with their severities.
fn rule_findings(rule: Rule, value: &str) -> Vec<(Severity, Code)> {
    use Severity::{Blocker, Warning};
    match rule {
        Rule::None => vec![],
        Rule::CompanyName => {
            let (refused, unconfirmed) = checks::company_name(value);
            let refused = refused.map(|c| (Blocker, c));
            // Letters outside ASCII are not documented either way: a warning.
            let unconfirmed = unconfirmed.map(|c| (Warning, c));
            refused.into_iter().chain(unconfirmed).collect()
        }
        // No format is documented for the phone number (DOMAIN §12): a
        // warning, never a blocker.
        Rule::Phone => checks::phone(value)
            .map(|c| (Warning, c))
            .into_iter()
            .collect(),
        Rule::Email => checks::email(value)
            .map(|c| (Blocker, c))
            .into_iter()
            .collect(),
        Rule::HttpsUrl => checks::https_url(value)
            .map(|c| match &c {
                // The 2017 documents show https:// but do not forbid http://.
                Code::UrlNotHttps { scheme } if scheme == "http" => (Warning, c),
                _ => (Blocker, c),
            })
            .into_iter()
            .collect(),
    }
}

fn logo_findings(
    logo: &Logo,
    rules: &Rules,
    slot: LogoSlot,
    path: FieldPath,
    out: &mut Vec<Finding>,
) {
    let brand = slot == LogoSlot::BrandImage;
    let max_bytes = if brand {
        rules.brand_image_max_bytes.unwrap_or(BRAND_IMAGE_MAX_BYTES)
    } else {
        rules.logo_max_bytes
    };
    if logo.content_not_base64 {
        out.push(Finding::blocker(path, Code::LogoContentNotBase64));
        return;
    }
    // Too-large files are saved without their content; any other logo without
    // content lost it on the way (for example an edited export).
    let without_content = logo.content_base64.is_empty() && logo.byte_size > 0;
    if without_content && logo.byte_size <= max_bytes {
        out.push(Finding::blocker(path, Code::LogoContentMissing));
    } else if logo.kind == ImageKind::Other {
        out.push(Finding::blocker(path, Code::LogoNotImage));
    } else if !without_content && !logo.complete {
        out.push(Finding::blocker(path, Code::LogoTruncated));
    }
    let max_dimensions = if brand {
        None
    } else {
        rules.logo_max_dimensions
    };
    if let (Some(width), Some(height), Some((max_width, max_height))) =
        (logo.width, logo.height, max_dimensions)
    {
        if width > max_width || height > max_height {
            out.push(Finding::blocker(
                path,
                Code::LogoDimensions {
                    width,
                    height,
                    max_width,
                    max_height,
                },
            ));
        }
    }
    if logo.trailing_bytes > 0 {
        out.push(Finding::warning(
            path,
            Code::LogoTrailingData {
                bytes: logo.trailing_bytes,
            },
        ));
    }
    if logo.byte_size > max_bytes {
        out.push(Finding::blocker(
            path,
            Code::LogoTooLarge {
                bytes: logo.byte_size,
                max: max_bytes,
            },
        ));
    }
    // Recommendations (intune-2026, §4.2): warnings, never errors.
    match (brand, logo.width, logo.height) {
        (false, _, Some(height)) => {
            if let Some(over) = rules.logo_recommended_height_over {
                if height <= over {
                    out.push(Finding::warning(path, Code::LogoLow { height, over }));
                }
            }
        }
        (true, Some(width), _) => {
            if let Some(over) = rules.brand_image_recommended_width_over {
                if width <= over {
                    out.push(Finding::warning(
                        path,
                        Code::BrandImageNarrow { width, over },
                    ));
                }
            }
        }
        _ => {}
    }
}

/// WCAG relative luminance of an sRGB colour.
fn relative_luminance(r: u8, g: u8, b: u8) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// The text shown for the support website link on the "Contact IT" page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebsiteLabel<'a> {
    /// The website name the admin entered.
    Name(&'a str),
    /// No name entered: the portal shows "Go to IT website".
    GoToItWebsite,
}

/// What the Company Portal shows, computed from the settings.
#[derive(Clone, Debug, PartialEq)]
pub struct PortalPreview<'a> {
    pub company_name: &'a str,
    /// Whether the header shows the name (intune-2026: "Show in header").
    pub show_name: bool,
    /// The brand image, when the ruleset has one and it can be shown.
    pub brand_image: Option<&'a Logo>,
    /// `#RRGGBB`, the default colour while the entered one is not valid.
    pub theme_color: String,
    /// Black or white, whichever reads better on the theme colour.
    pub text_on_theme: &'static str,
    /// The logo for the theme-colour background (the header is in the theme
    /// colour), when logos are on and it can be shown.
    pub logo: Option<&'a Logo>,
    pub contact_name: &'a str,
    pub phone: &'a str,
    pub email: &'a str,
    pub additional_info: &'a str,
    pub support_url: &'a str,
    /// `None` when no support URL is set: the portal shows no support site.
    pub website_label: Option<WebsiteLabel<'a>>,
    pub privacy_url: &'a str,
}
