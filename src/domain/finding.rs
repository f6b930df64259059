//! Findings: what the analysis says about a plan, as typed data.

use super::checklist::{ItemCode, ItemField};
use super::checks::CharList;
use super::company_portal::FieldId;
use super::ruleset::Ruleset;
use super::steps::StepId;
use super::{authority, connections, enrollment, groups, licenses, recovery, report_info};

/// How much a finding matters for readiness.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// Something to know; it changes nothing.
    Info,
    /// Allowed, but probably not what the user wants.
    Warning,
    /// The plan cannot be carried out like this.
    Blocker,
}

/// Where a finding points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FieldPath {
    /// A field of step 4, the Company Portal.
    Portal(FieldId),
    /// A field of a checklist item, by item id.
    Item(&'static str, ItemField),
    Connections(connections::Path),
    Authority(authority::Path),
    Groups(groups::Path),
    Licenses(licenses::Path),
    Enrollment(enrollment::Path),
    Recovery(recovery::Path),
    /// "Prepared by" or "Prepared for" (the report's cover; no step).
    Report(report_info::Path),
}

impl FieldPath {
    /// The step this path belongs to.
    pub fn step(&self, ruleset: &Ruleset) -> StepId {
        match self {
            FieldPath::Portal(_) => StepId::CompanyPortal,
            FieldPath::Item(id, _) => ruleset.item(id).map_or(StepId::NextSteps, |d| d.step),
            FieldPath::Connections(_) => StepId::Connections,
            FieldPath::Authority(_) => StepId::MdmAuthority,
            FieldPath::Groups(_) => StepId::Groups,
            FieldPath::Licenses(_) => StepId::Licenses,
            FieldPath::Enrollment(_) => StepId::Enrollment,
            FieldPath::Recovery(_) => StepId::Recovery,
            // The cover's fields belong to no step. Their findings are notes
            // (`Severity::Info`), which no step counts and the overview's
            // list leaves out; where a step is needed they go with the
            // company (step 4). [`FieldPath::is_cover`] tells them apart.
            FieldPath::Report(_) => StepId::CompanyPortal,
        }
    }

    /// True for the report's cover fields ("Prepared by", "Prepared for"),
    /// which belong to no step.
    pub fn is_cover(&self) -> bool {
        matches!(self, FieldPath::Report(_))
    }
}

/// What a finding says, with the parameters its message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// The field must not be empty.
    Required,
    /// The value is longer than the field allows (counted in characters after trimming).
    TooLong {
        max: usize,
        actual: usize,
    },
    /// The company name has characters other than letters, digits and spaces.
    CompanyNameCharacters {
        found: CharList,
    },
    /// The company name has letters outside ASCII (accents, other scripts),
    /// which the 2017 console does not confirm (a warning).
    CompanyNameNonAsciiLetters {
        found: CharList,
    },
    /// The phone number has characters other than digits, spaces and `+ - ( ) . /`, or no digit.
    PhoneFormat,
    /// Not an address of the form alias@domain.tld.
    EmailFormat,
    /// A URL without `https://` in front.
    UrlMissingScheme,
    /// A URL with a scheme other than https.
    UrlNotHttps {
        scheme: String,
    },
    /// A URL whose host name has no dot.
    UrlHostWithoutDot,
    /// A URL whose host name has non-ASCII characters (we ask for the xn-- form).
    UrlNonAsciiHost,
    /// Not a URL at all.
    UrlInvalid,
    /// The URL holds invisible format characters or bidirectional controls.
    UrlInvisibleCharacters {
        found: CharList,
    },
    /// Support URL set and website name empty: the portal shows "Go to IT website".
    WebsiteNameDefault,
    /// Website name set without a support URL: the portal ignores the name.
    WebsiteNameIgnored,
    /// The theme colour is not of the form #RRGGBB.
    ThemeColorFormat,
    /// "Include company logo" is on but this logo is missing.
    LogoRequired,
    /// The file is neither a PNG nor a JPEG (judged by content, not name).
    LogoNotImage,
    /// The file starts as a PNG or JPEG but ends too early or its structure is
    /// broken (no IHDR first, no image data, 0 × 0 pixels, no end marker, …).
    LogoTruncated,
    /// The image is larger than allowed.
    LogoDimensions {
        width: u32,
        height: u32,
        max_width: u32,
        max_height: u32,
    },
    /// The file is larger than allowed.
    LogoTooLarge {
        bytes: u64,
        max: u64,
    },
    /// A logo record without its content (an import that lost the file).
    LogoContentMissing,
    /// A logo record whose content is not base64 (kept as it was, unread).
    LogoContentNotBase64,
    /// The image is complete but the file has more bytes after its end marker.
    LogoTrailingData {
        bytes: u64,
    },
    /// A logo `height` pixels high, not over the recommended `over`
    /// (intune-2026: "recommended height > 72 px"; a warning).
    LogoLow {
        height: u32,
        over: u32,
    },
    /// A brand image `width` pixels wide, not over the recommended `over`
    /// (intune-2026: "recommended width > 1125 px"; a warning).
    BrandImageNarrow {
        width: u32,
        over: u32,
    },
    /// About a checklist item's state.
    Item(ItemCode),
    Connections(connections::Code),
    Authority(authority::Code),
    Groups(groups::Code),
    Licenses(licenses::Code),
    Enrollment(enrollment::Code),
    Recovery(recovery::Code),
}

/// One thing the analysis found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub path: FieldPath,
    pub code: Code,
    pub severity: Severity,
}

impl Finding {
    pub fn blocker(path: FieldPath, code: Code) -> Self {
        Finding {
            path,
            code,
            severity: Severity::Blocker,
        }
    }
    pub fn warning(path: FieldPath, code: Code) -> Self {
        Finding {
            path,
            code,
            severity: Severity::Warning,
        }
    }
    pub fn info(path: FieldPath, code: Code) -> Self {
        Finding {
            path,
            code,
            severity: Severity::Info,
        }
    }
}
