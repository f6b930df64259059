//! Step 6 of the source: enable enrollment per platform.
//!
//! Each platform in scope brings its own checklist items (ids `S6-IOS-*`,
//! `S6-AND-*`, `S6-AFW-*`, `S6-WPH-*`, `S6-WMDM-*`, `S6-PC-*`, `S6-CORP-*`; `S6-01` is for
//! every plan), and the data it needs: the Apple ID and the expiry dates of the
//! APNs certificate and the DEP token, the Android for Work Google account, the
//! number of PCs for the client software, the device enrollment manager, the
//! IMEI import file and the device limit. Every limit is in [`Rules`].
//!
//! Expiry dates: with `d` = days from today to the expiry date, the credential
//! is *valid* when `d > warn_days`, *expiring* when `1 <= d <= warn_days`
//! (warning) and *expired* when `d <= 0` (blocker). A credential that expires
//! today counts as expired: the expiry moment falls within the day, and by
//! then Apple devices can no longer be reached, so it must be renewed before.

use serde::Serialize;

use super::authority::Authority;
use super::checklist::{ItemDef, ItemStatus};
use super::checks;
use super::date::Date;
use super::finding::{self, FieldPath, Finding};
use super::plan::{Ctx, Plan};
use super::steps::StepId;

/// The platforms in scope of the plan (the source's step 6 sections).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Platforms {
    /// iOS and Mac (macOS) devices: need the Apple MDM push certificate.
    pub ios_mac: bool,
    /// Android devices: nothing to configure in the console.
    pub android: bool,
    /// Android for Work: needs the binding with a Google account.
    pub android_for_work: bool,
    /// Windows 10 Mobile and Windows Phone.
    pub windows_phone: bool,
    /// Windows 10 and Windows 8.1 PCs enrolled as mobile devices (MDM), through
    /// the enrollment server (not the Intune client software).
    pub windows_mdm: bool,
    /// Windows PCs managed with the Intune client software.
    pub windows_pc: bool,
    /// Corporate-owned devices (device enrollment manager, IMEI numbers).
    pub corporate_owned: bool,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// One platform (or the corporate-owned devices) of step 6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Platform {
    IosMac,
    Android,
    AndroidForWork,
    WindowsPhone,
    WindowsMdm,
    WindowsPc,
    CorporateOwned,
}

impl Platform {
    /// In the source's order.
    pub const ALL: [Platform; 7] = [
        Platform::IosMac,
        Platform::Android,
        Platform::AndroidForWork,
        Platform::WindowsPhone,
        Platform::WindowsMdm,
        Platform::WindowsPc,
        Platform::CorporateOwned,
    ];

    /// The prefixes of this platform's checklist item ids: the 2017 rules'
    /// (`S6-…`) and today's (`T6-…`).
    pub fn item_prefixes(self) -> &'static [&'static str] {
        match self {
            Platform::IosMac => &["S6-IOS-", "T6-APNS-", "T6-ADE-", "T6-VPP-"],
            Platform::Android => &["S6-AND-", "T6-AND-"],
            Platform::AndroidForWork => &["S6-AFW-", "T6-AE-"],
            Platform::WindowsPhone => &["S6-WPH-"],
            Platform::WindowsMdm => &["S6-WMDM-", "T6-WIN-", "T6-ESP-"],
            Platform::WindowsPc => &["S6-PC-"],
            Platform::CorporateOwned => &["S6-CORP-", "T6-DEM-", "T6-CORP-"],
        }
    }

    /// The platform a step-6 item belongs to (`None` for items of every plan).
    pub fn of_item(id: &str) -> Option<Platform> {
        Platform::ALL
            .into_iter()
            .find(|p| p.item_prefixes().iter().any(|x| id.starts_with(x)))
    }
}

impl Platforms {
    pub fn has(&self, p: Platform) -> bool {
        match p {
            Platform::IosMac => self.ios_mac,
            Platform::Android => self.android,
            Platform::AndroidForWork => self.android_for_work,
            Platform::WindowsPhone => self.windows_phone,
            Platform::WindowsMdm => self.windows_mdm,
            Platform::WindowsPc => self.windows_pc,
            Platform::CorporateOwned => self.corporate_owned,
        }
    }

    pub fn set(&mut self, p: Platform, on: bool) {
        let slot = match p {
            Platform::IosMac => &mut self.ios_mac,
            Platform::Android => &mut self.android,
            Platform::AndroidForWork => &mut self.android_for_work,
            Platform::WindowsPhone => &mut self.windows_phone,
            Platform::WindowsMdm => &mut self.windows_mdm,
            Platform::WindowsPc => &mut self.windows_pc,
            Platform::CorporateOwned => &mut self.corporate_owned,
        };
        *slot = on;
    }

    /// The platforms in scope, in the source's order.
    pub fn in_scope(&self) -> Vec<Platform> {
        Platform::ALL.into_iter().filter(|p| self.has(*p)).collect()
    }

    /// Windows devices that enroll as mobile devices (MDM), through the
    /// enrollment server, are in scope: Windows phones or Windows 10/8.1 PCs
    /// enrolled as mobile devices. PCs with the Intune client software do not
    /// use the enrollment server (they install a package with its account
    /// certificate), so they are not counted.
    pub fn any_windows_mdm(&self) -> bool {
        self.windows_phone || self.windows_mdm
    }
}

/// iOS and Mac: the Apple MDM push (APNs) certificate and the DEP token.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Apple {
    /// The company Apple ID that created the APNs certificate (an e-mail
    /// address; use a shared company mailbox, not a personal one). Renew with
    /// the same Apple ID.
    pub apple_id: String,
    /// The APNs certificate's expiry date, `YYYY-MM-DD` (valid one year).
    pub apns_expiry: String,
    /// An Apple DEP token is used (optional).
    pub dep_token: bool,
    /// The DEP token's expiry date, `YYYY-MM-DD` (valid one year).
    pub dep_token_expiry: String,
    /// Today's rules: the Apps and Books (VPP) location token's expiry date,
    /// `YYYY-MM-DD` (valid one year), when apps are bought in volume. Not
    /// written while empty (a 2017 plan's file is unchanged).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub vpp_token_expiry: String,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// Android for Work: the binding with a Google account.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct AndroidForWork {
    /// The e-mail address of the Google account shared by the IT admins that
    /// holds the Android for Work binding.
    pub google_account: String,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// Windows PCs with the Intune client software.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct WindowsPc {
    /// How many PCs will run the Intune client software (the source's limit is 7,000).
    pub pc_count: Option<u32>,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// What a look at an IMEI import file found (the page reads the file with
/// [`inspect_imei_csv`] and keeps only this summary).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct ImeiCsv {
    /// The file's name as chosen.
    pub file_name: String,
    /// The file's size in bytes.
    pub bytes: u64,
    /// The number of non-empty rows.
    pub rows: u32,
    /// The longest details column, in characters.
    pub longest_details: u32,
    /// The first row (1-based) whose details column is longer than allowed.
    pub first_long_details_row: Option<u32>,
    /// Rows whose first column is not an IMEI (14 or 15 digits), a header row included.
    pub invalid_rows: u32,
    /// The first such row (1-based) that is not a header row.
    pub first_invalid_row: Option<u32>,
    /// The first row looks like a header (the file must have none).
    pub header: bool,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// Corporate-owned devices: device enrollment manager and IMEI numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Corporate {
    /// The device enrollment manager's user account (e-mail-shaped user name), or empty.
    pub dem_account: String,
    /// How many devices this device enrollment manager will enroll (at most 1,000).
    pub dem_devices: Option<u32>,
    /// The device enrollment manager is also an Intune admin (it should not be).
    pub dem_is_intune_admin: bool,
    /// The IMEI import file, when one was chosen.
    pub imei_csv: Option<ImeiCsv>,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// What the user entered for this part of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[cfg_attr(feature = "arbitrary", derive(serde::Deserialize))]
#[cfg_attr(feature = "arbitrary", derive(proptest_derive::Arbitrary))]
#[serde(default)]
pub struct Enrollment {
    /// The platforms the organization will support.
    pub platforms: Platforms,
    /// iOS and Mac settings (used when iOS and Mac are in scope).
    pub apple: Apple,
    /// Android for Work settings (used when Android for Work is in scope).
    pub android_for_work: AndroidForWork,
    /// Windows PC settings (used when Windows PCs are in scope).
    pub windows_pc: WindowsPc,
    /// Corporate-owned device settings (used when corporate-owned devices are in scope).
    pub corporate: Corporate,
    /// Enrollment Rules: the most devices one user may enroll (1 to 15), when decided.
    pub device_limit: Option<u32>,
    /// Members this version does not know, kept and written back.
    #[serde(flatten)]
    #[cfg_attr(
        feature = "arbitrary",
        proptest(strategy = "super::extra::arbitrary()")
    )]
    pub extra: super::Extra,
}

/// Where a finding of this part points.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Path {
    Platforms,
    AppleId,
    ApnsExpiry,
    DepTokenExpiry,
    VppTokenExpiry,
    GoogleAccount,
    /// How Windows devices find the enrollment server.
    WindowsDiscovery,
    PcCount,
    DemAccount,
    DemDevices,
    DemIsIntuneAdmin,
    ImeiCsv,
    DeviceLimit,
}

/// A credential with an expiry date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Credential {
    /// The Apple MDM push (APNs) certificate.
    ApnsCertificate,
    /// The Apple DEP token (today: the automated device enrollment token).
    DepToken,
    /// The Apple Apps and Books (VPP) location token (today's rules).
    VppToken,
}

/// An account the plan records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Account {
    AppleId,
    GoogleAccount,
    DeviceEnrollmentManager,
}

/// What a finding of this part says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Code {
    /// No platform in scope: nothing will be enrolled.
    NoPlatform,
    /// Configuration Manager is the MDM authority: platforms are set up from
    /// Configuration Manager (its own documentation), not the Intune console.
    SetUpInConfigurationManager,
    /// The account is needed for a platform in scope and is empty.
    AccountMissing { account: Account },
    /// The account is not an e-mail address.
    AccountFormat { account: Account },
    /// The Apple ID is at a personal mail domain.
    PersonalAppleId { domain: String },
    /// No expiry date recorded.
    ExpiryMissing { credential: Credential },
    /// The expiry date is not of the form YYYY-MM-DD.
    ExpiryFormat { credential: Credential },
    /// Expires within the warning window.
    Expiring {
        credential: Credential,
        days_left: i64,
    },
    /// Expired (an expiry date of today counts as expired).
    Expired {
        credential: Credential,
        days_ago: i64,
    },
    /// Expired, but within the grace period after expiry, during which it can
    /// still be renewed (`days_left` of it remain, at least 1).
    ExpiredInGrace {
        credential: Credential,
        days_ago: i64,
        days_left: i64,
    },
    /// The expiry date is further away than the credential's validity.
    ExpiryBeyondValidity {
        credential: Credential,
        days_left: i64,
        validity_days: i64,
    },
    /// Windows devices enroll as mobile devices and no valid custom domain is a
    /// UPN suffix ([`super::connections::cname_possible`]), so no enrollment
    /// CNAME can point users to the server: they type its name.
    ManualServerName { server: &'static str },
    /// More PCs than the client software supports.
    TooManyPcs { count: u32, max: u32 },
    /// The device enrollment manager would enroll more devices than allowed.
    DemTooManyDevices { count: u32, max: u32 },
    /// The device enrollment manager should not be an Intune admin.
    DemIsIntuneAdmin,
    /// Devices enrolled by a device enrollment manager cannot use the DEP token.
    DemNotWithDep,
    /// The device limit is outside the allowed range.
    DeviceLimitOutOfRange { value: u32, min: u32, max: u32 },
    /// The IMEI file is empty.
    ImeiEmpty,
    /// The IMEI file has more rows than allowed.
    ImeiTooManyRows { rows: u32, max: u32 },
    /// The IMEI file is larger than allowed.
    ImeiFileTooLarge { bytes: u64, max: u64 },
    /// A details column is longer than allowed.
    ImeiDetailsTooLong { row: u32, length: u32, max: u32 },
    /// The IMEI file starts with a header row (it must have none).
    ImeiHeader,
    /// Rows whose first column is not an IMEI number.
    ImeiInvalidRows { first_row: u32, count: u32 },
}

/// How an expiry date stands on the analysis date.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExpiryState {
    /// No date recorded.
    Missing,
    /// Not a date of the form YYYY-MM-DD.
    Malformed,
    /// More than the warning window left.
    Valid { days_left: i64 },
    /// Within the warning window (1 day or more left).
    Expiring { days_left: i64 },
    /// Expired: expiry date today (0 days ago) or earlier.
    Expired { days_ago: i64 },
}

/// The expiry of one credential.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Expiry {
    pub credential: Credential,
    pub state: ExpiryState,
    /// The parsed expiry date.
    pub expires: Option<Date>,
    /// The first day of the warning window: renew from then on.
    pub renew_from: Option<Date>,
}

/// What the analysis derives for this part.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Derived {
    /// The platforms in scope, in the source's order.
    pub in_scope: Vec<Platform>,
    /// The APNs certificate's expiry (when iOS and Mac are in scope).
    pub apns: Option<Expiry>,
    /// The DEP token's expiry (when iOS and Mac are in scope and a DEP token is used).
    pub dep_token: Option<Expiry>,
    /// The Apps and Books token's expiry (today's rules, once a date is entered).
    pub vpp_token: Option<Expiry>,
    /// The server name users must type, when no enrollment CNAME can exist
    /// (Windows MDM in scope and no valid custom domain is a UPN suffix).
    pub manual_server_name: Option<&'static str>,
}

/// The rules of this part in one ruleset.
#[derive(Debug)]
pub struct Rules {
    /// The platforms this ruleset offers, in order.
    pub platforms: &'static [Platform],
    /// The checklist items of this part.
    pub items: &'static [ItemDef],
    /// An expiry this many days away or closer (but not past) is a warning.
    pub expiry_warning_days: i64,
    /// How long an APNs certificate is valid, in days.
    pub apns_validity_days: i64,
    /// Days after the APNs certificate's expiry during which it can still be
    /// renewed (the grace period): expired within it is a warning, after it
    /// a blocker. 0: no grace period.
    pub apns_grace_days: i64,
    /// How long a DEP token is valid, in days.
    pub dep_token_validity_days: i64,
    /// Mail domains of personal Apple IDs (lower case).
    pub personal_apple_id_domains: &'static [&'static str],
    /// The most PCs with the Intune client software.
    pub pc_client_max: u32,
    /// The most devices one device enrollment manager may enroll.
    pub dem_max_devices: u32,
    /// The device limit per user: lowest and highest value.
    pub device_limit_min: u32,
    pub device_limit_max: u32,
    /// The most rows of an IMEI import file.
    pub imei_max_rows: u32,
    /// The largest IMEI import file, in bytes (5 MB, read as 5,000,000 bytes:
    /// the source does not say which megabyte; the decimal one is the safe reading).
    pub imei_max_bytes: u64,
    /// The longest details column of an IMEI file, in characters.
    pub imei_max_details: u32,
    /// How many IMEI numbers can be entered by hand instead of a file.
    pub imei_manual_max: u32,
    /// An IMEI number has this many digits, at least and at most.
    pub imei_digits_min: u32,
    pub imei_digits_max: u32,
    /// The item that says Azure AD Premium automatic enrollment is set up for
    /// the Windows PCs enrolled as mobile devices (all on Windows 10): when it
    /// is done, those PCs need no enrollment CNAME record nor a typed server
    /// name (2017 classic Windows page).
    pub automatic_enrollment_item: &'static str,
    /// The item that says the device enrollment manager is set up: when it
    /// is done, the account is required.
    pub dem_item: &'static str,
    /// The most device enrollment manager accounts per tenant, when known.
    pub dem_max_accounts: Option<u32>,
    /// How long an Apps and Books (VPP) location token is valid, in days,
    /// when the ruleset knows it.
    pub vpp_token_validity_days: Option<i64>,
    /// The day Intune ended Android device administrator management on
    /// devices with Google Mobile Services (`YYYY-MM-DD`), when known.
    pub device_admin_gms_end: Option<&'static str>,
    /// The most Enrollment Status Page profiles (the default included), when known.
    pub esp_max_profiles: Option<u32>,
    /// The Enrollment Status Page's default error time-out, in minutes, when known.
    pub esp_default_timeout_minutes: Option<u32>,
}

impl Rules {
    /// Azure AD Premium automatic enrollment covers the Windows PCs enrolled
    /// as mobile devices: their item [`Rules::automatic_enrollment_item`] is
    /// done.
    pub fn automatic_enrollment(&self, plan: &Plan) -> bool {
        plan.enrollment.platforms.windows_mdm
            && plan
                .checklist
                .get(self.automatic_enrollment_item)
                .is_some_and(|s| s.status == ItemStatus::Done)
    }

    /// Windows devices that find the enrollment server through the
    /// enrollment CNAME records (or, without them, the typed server name) are
    /// in scope: Windows phones, or Windows PCs enrolled as mobile devices
    /// without automatic enrollment.
    pub fn windows_discovery(&self, plan: &Plan) -> bool {
        let p = &plan.enrollment.platforms;
        p.windows_phone || (p.windows_mdm && !self.automatic_enrollment(plan))
    }
}

fn ios(p: &Plan) -> bool {
    p.enrollment.platforms.ios_mac
}
fn ios_dep(p: &Plan) -> bool {
    p.enrollment.platforms.ios_mac && p.enrollment.apple.dep_token
}
fn android(p: &Plan) -> bool {
    p.enrollment.platforms.android
}
fn afw(p: &Plan) -> bool {
    p.enrollment.platforms.android_for_work
}
fn wph(p: &Plan) -> bool {
    p.enrollment.platforms.windows_phone
}
fn wmdm(p: &Plan) -> bool {
    p.enrollment.platforms.windows_mdm
}
fn pc(p: &Plan) -> bool {
    p.enrollment.platforms.windows_pc
}
fn corp(p: &Plan) -> bool {
    p.enrollment.platforms.corporate_owned
}

const S6: StepId = StepId::Enrollment;

/// The source document's rules (ruleset `intune-classic-2017`).
pub const CLASSIC_2017: Rules = Rules {
    platforms: &Platform::ALL,
    items: &[
        // Enrollment Rules: device limit and allowed platforms.
        ItemDef::new("S6-01", S6),
        // iOS and Mac: the Apple MDM push certificate.
        ItemDef::new("S6-IOS-01", S6).when(ios), // download the CSR
        ItemDef::new("S6-IOS-02", S6).when(ios), // create it in the Apple Push Certificates Portal
        ItemDef::new("S6-IOS-03", S6).when(ios), // upload it with the Apple ID
        ItemDef::new("S6-IOS-04", S6).when(ios), // record Apple ID and expiry, plan renewal
        ItemDef::new("S6-IOS-05", S6).when(ios_dep), // DEP token (optional)
        // Android: nothing to configure in the console.
        ItemDef::new("S6-AND-01", S6).when(android).informational(),
        ItemDef::new("S6-AND-02", S6).when(android), // Company Portal from Google Play
        // Android for Work: binding with the shared Google account.
        ItemDef::new("S6-AFW-01", S6).when(afw), // shared Google account
        ItemDef::new("S6-AFW-02", S6).when(afw), // the binding
        ItemDef::new("S6-AFW-03", S6).when(afw), // the enrollment setting
        // Windows 10 Mobile and Windows Phone: the CNAME records and the
        // auto-detection test are items S1-05 and S1-06 of step 1 (counted
        // there once); this item only points to them.
        ItemDef::new("S6-WPH-01", S6).when(wph).informational(),
        // Windows 10 and 8.1 PCs enrolled as mobile devices (MDM).
        ItemDef::new("S6-WMDM-01", S6).when(wmdm), // Azure AD Premium automatic enrollment (no CNAME)
        ItemDef::new("S6-WMDM-02", S6).when(wmdm), // users enroll with their work account
        // Windows PCs with the Intune client software.
        ItemDef::new("S6-PC-01", S6).when(pc), // 200 MB free disk
        ItemDef::new("S6-PC-02", S6).when(pc), // Vista or later, not Home
        ItemDef::new("S6-PC-03", S6).when(pc), // local admin
        ItemDef::new("S6-PC-04", S6).when(pc), // Windows Installer 3.1
        ItemDef::new("S6-PC-05", S6).when(pc), // other management clients removed
        ItemDef::new("S6-PC-06", S6).when(pc), // client software installed
        // Corporate-owned devices.
        ItemDef::new("S6-CORP-01", S6).when(corp), // device enrollment manager
        ItemDef::new("S6-CORP-02", S6).when(corp), // IMEI numbers imported
        // The ways to mark devices as corporate-owned (2017 corporate page).
        ItemDef::new("S6-CORP-03", S6).when(corp).informational(),
    ],
    expiry_warning_days: 30,
    apns_validity_days: 365,
    apns_grace_days: 0,
    dep_token_validity_days: 365,
    personal_apple_id_domains: &["icloud.com", "me.com", "gmail.com"],
    pc_client_max: 7_000,
    dem_max_devices: 1_000,
    device_limit_min: 1,
    device_limit_max: 15,
    imei_max_rows: 5_000,
    imei_max_bytes: 5_000_000,
    imei_max_details: 128,
    imei_manual_max: 15,
    imei_digits_min: 14,
    imei_digits_max: 15,
    automatic_enrollment_item: "S6-WMDM-01",
    dem_item: "S6-CORP-01",
    dem_max_accounts: None,
    vpp_token_validity_days: None,
    device_admin_gms_end: None,
    esp_max_profiles: None,
    esp_default_timeout_minutes: None,
};

/// Today's rules (ruleset `intune-2026`, DOMAIN-2026.md §6). The platforms
/// of 2017 that are retired (Windows Phone, the PC client) have no items.
pub const INTUNE_2026: Rules = Rules {
    // §6: iOS/iPadOS and macOS, Android (device administrator, ended for
    // devices with Google Mobile Services, §6.4), Android Enterprise,
    // Windows, corporate-owned devices. Windows Phone and the PC client are
    // retired (DOMAIN.md §9): not offered.
    platforms: &[
        Platform::IosMac,
        Platform::Android,
        Platform::AndroidForWork,
        Platform::WindowsMdm,
        Platform::CorporateOwned,
    ],
    items: &[
        // §6.6: enrollment restrictions (platform and device limit, 1 to 15).
        ItemDef::new("T6-01", S6),
        // §6.1: the Apple MDM push certificate, created and uploaded.
        ItemDef::new("T6-APNS-01", S6).when(ios),
        // §6.1: its yearly renewal with the same Apple Account planned.
        ItemDef::new("T6-APNS-02", S6).when(ios),
        // §6.2: the ADE token from Apple Business or Apple School Manager.
        ItemDef::new("T6-ADE-01", S6).when(ios_dep),
        // §6.3: Apps and Books (VPP) location tokens, when apps are bought.
        ItemDef::new("T6-VPP-01", S6).when(ios).informational(),
        // §6.4: device administrator ended for GMS devices on 31 Dec 2024.
        ItemDef::new("T6-AND-01", S6).when(android).informational(),
        // §6.4: managed Google Play bound (all Android Enterprise modes).
        ItemDef::new("T6-AE-01", S6).when(afw),
        // §6.4: the Android Enterprise modes and their profiles.
        ItemDef::new("T6-AE-02", S6).when(afw),
        // §6.5: Windows automatic enrollment (Entra ID P1 or P2).
        ItemDef::new("T6-WIN-01", S6).when(wmdm),
        // §6.5: Windows Autopilot (optional; UDP 123 to time.windows.com).
        ItemDef::new("T6-WIN-02", S6).when(wmdm).informational(),
        // §6.5: the Enrollment Status Page.
        ItemDef::new("T6-ESP-01", S6).when(wmdm).informational(),
        // §6.6: device enrollment manager.
        ItemDef::new("T6-DEM-01", S6).when(corp),
        // §6.6: corporate identifiers uploaded.
        ItemDef::new("T6-CORP-01", S6).when(corp),
        // §6.6: what is corporate-owned automatically.
        ItemDef::new("T6-CORP-02", S6).when(corp).informational(),
    ],
    // TOOL: the same warning window as in 2017.
    expiry_warning_days: 30,
    // §6.1: "Valid 365 days; renew annually; 30-day grace period after expiry."
    apns_validity_days: 365,
    apns_grace_days: 30,
    // §6.2: "Renew yearly" ("No grace period documented").
    dep_token_validity_days: 365,
    // TOOL: personal mail domains, as in 2017 (§6.1: use a company mailbox).
    personal_apple_id_domains: &["icloud.com", "me.com", "gmail.com"],
    // The PC client is retired and not in the 2026 sheet: no limit to check.
    pc_client_max: u32::MAX,
    // §6.6 DEM: "enrolls up to 1,000 devices".
    dem_max_devices: 1_000,
    // §6.6: "Device limit: 1 to 15". The default 5 is unconfirmed (§10
    // item 1): not encoded.
    device_limit_min: 1,
    device_limit_max: 15,
    // §6.6 corporate identifiers: "≤ 5,000 rows or 5 MB", details "≤ 128".
    imei_max_rows: 5_000,
    imei_max_bytes: 5_000_000,
    imei_max_details: 128,
    // Not in the 2026 sheet: kept from 2017 (entering numbers by hand).
    imei_manual_max: 15,
    // An IMEI number's length (a property of IMEI numbers, not of Intune).
    imei_digits_min: 14,
    imei_digits_max: 15,
    automatic_enrollment_item: "T6-WIN-01",
    dem_item: "T6-DEM-01",
    // §6.6: "max 150 DEM accounts per tenant".
    dem_max_accounts: Some(150),
    // §6.3: "each token is valid for one year".
    vpp_token_validity_days: Some(365),
    // §6.4: "ended support … with Google Mobile Services on December 31, 2024".
    device_admin_gms_end: Some("2024-12-31"),
    // §6.5: "max 51 ESP profiles (default + 50)", "default error time-out 60 minutes".
    esp_max_profiles: Some(51),
    esp_default_timeout_minutes: Some(60),
};

impl Rules {
    /// The items of one platform, in order.
    pub fn platform_items(&self, p: Platform) -> impl Iterator<Item = &'static ItemDef> {
        self.items
            .iter()
            .filter(move |d| Platform::of_item(d.id) == Some(p))
    }

    fn validity_days(&self, c: Credential) -> i64 {
        match c {
            Credential::ApnsCertificate => self.apns_validity_days,
            Credential::DepToken => self.dep_token_validity_days,
            Credential::VppToken => self.vpp_token_validity_days.unwrap_or(365),
        }
    }

    /// The grace period after the credential's expiry, in days (0: none).
    pub fn grace_days(&self, c: Credential) -> i64 {
        match c {
            Credential::ApnsCertificate => self.apns_grace_days,
            Credential::DepToken | Credential::VppToken => 0,
        }
    }
}

/// The state of an expiry date (`text` as entered) on `today`.
pub fn expiry(credential: Credential, text: &str, today: Date, rules: &Rules) -> Expiry {
    let expires = if text.trim().is_empty() {
        None
    } else {
        Date::parse(text)
    };
    let state = match expires {
        None if text.trim().is_empty() => ExpiryState::Missing,
        None => ExpiryState::Malformed,
        Some(d) => {
            let days_left = today.days_until(d);
            if days_left <= 0 {
                ExpiryState::Expired {
                    days_ago: days_left.saturating_neg(),
                }
            } else if days_left <= rules.expiry_warning_days {
                ExpiryState::Expiring { days_left }
            } else {
                ExpiryState::Valid { days_left }
            }
        }
    };
    Expiry {
        credential,
        state,
        expires,
        renew_from: expires.map(|d| d.add_days(rules.expiry_warning_days.saturating_neg())),
    }
}

fn expiry_findings(e: &Expiry, path: Path, rules: &Rules, out: &mut Vec<Finding>) {
    let path = FieldPath::Enrollment(path);
    let credential = e.credential;
    let c = finding::Code::Enrollment;
    match e.state {
        ExpiryState::Missing => out.push(Finding::warning(
            path,
            c(Code::ExpiryMissing { credential }),
        )),
        ExpiryState::Malformed => {
            out.push(Finding::blocker(path, c(Code::ExpiryFormat { credential })))
        }
        ExpiryState::Expiring { days_left } => out.push(Finding::warning(
            path,
            c(Code::Expiring {
                credential,
                days_left,
            }),
        )),
        // Within the grace period (the expiry day is its first day; the day
        // `grace` days after expiry is past it): renew now, a warning.
        ExpiryState::Expired { days_ago } if days_ago < rules.grace_days(credential) => {
            out.push(Finding::warning(
                path,
                c(Code::ExpiredInGrace {
                    credential,
                    days_ago,
                    days_left: rules.grace_days(credential).saturating_sub(days_ago),
                }),
            ))
        }
        ExpiryState::Expired { days_ago } => out.push(Finding::blocker(
            path,
            c(Code::Expired {
                credential,
                days_ago,
            }),
        )),
        ExpiryState::Valid { days_left } => {
            let validity_days = rules.validity_days(credential);
            if days_left > validity_days {
                out.push(Finding::warning(
                    path,
                    c(Code::ExpiryBeyondValidity {
                        credential,
                        days_left,
                        validity_days,
                    }),
                ));
            }
        }
    }
}

fn account_findings(
    value: &str,
    account: Account,
    path: Path,
    required: bool,
    out: &mut Vec<Finding>,
) -> bool {
    let path = FieldPath::Enrollment(path);
    if value.trim().is_empty() {
        if required {
            out.push(Finding::warning(
                path,
                finding::Code::Enrollment(Code::AccountMissing { account }),
            ));
        }
        false
    } else if checks::email(value).is_some() {
        out.push(Finding::blocker(
            path,
            finding::Code::Enrollment(Code::AccountFormat { account }),
        ));
        false
    } else {
        true
    }
}

/// Analyses this part. Never fails.
pub fn analyze(plan: &Plan, ctx: &Ctx, findings: &mut Vec<Finding>) -> Derived {
    let rules = ctx.ruleset.enrollment;
    let e = &plan.enrollment;
    let p = &e.platforms;
    let c = finding::Code::Enrollment;
    let at = FieldPath::Enrollment;
    let mut derived = Derived {
        in_scope: p.in_scope(),
        ..Derived::default()
    };
    if derived.in_scope.is_empty() && plan.section_touched(StepId::Enrollment) {
        findings.push(Finding::warning(at(Path::Platforms), c(Code::NoPlatform)));
    }

    let hybrid = plan.mdm_authority.authority == Some(Authority::ConfigurationManager);
    if hybrid && !derived.in_scope.is_empty() {
        findings.push(Finding::info(
            at(Path::Platforms),
            c(Code::SetUpInConfigurationManager),
        ));
    }

    if p.ios_mac {
        if account_findings(
            &e.apple.apple_id,
            Account::AppleId,
            Path::AppleId,
            true,
            findings,
        ) {
            let id = e.apple.apple_id.trim().to_ascii_lowercase();
            let domain = id.rsplit_once('@').map_or("", |(_, d)| d);
            if rules.personal_apple_id_domains.contains(&domain) {
                findings.push(Finding::warning(
                    at(Path::AppleId),
                    c(Code::PersonalAppleId {
                        domain: domain.to_owned(),
                    }),
                ));
            }
        }
        let apns = expiry(
            Credential::ApnsCertificate,
            &e.apple.apns_expiry,
            ctx.today,
            rules,
        );
        expiry_findings(&apns, Path::ApnsExpiry, rules, findings);
        derived.apns = Some(apns);
        if e.apple.dep_token {
            let dep = expiry(
                Credential::DepToken,
                &e.apple.dep_token_expiry,
                ctx.today,
                rules,
            );
            expiry_findings(&dep, Path::DepTokenExpiry, rules, findings);
            derived.dep_token = Some(dep);
        }
        // §6.3: the Apps and Books token, valid one year; optional (only
        // when apps are bought), so judged only once a date is entered.
        if rules.vpp_token_validity_days.is_some() && !e.apple.vpp_token_expiry.trim().is_empty()
        {
            let vpp = expiry(
                Credential::VppToken,
                &e.apple.vpp_token_expiry,
                ctx.today,
                rules,
            );
            expiry_findings(&vpp, Path::VppTokenExpiry, rules, findings);
            derived.vpp_token = Some(vpp);
        }
    }

    if p.android_for_work {
        account_findings(
            &e.android_for_work.google_account,
            Account::GoogleAccount,
            Path::GoogleAccount,
            true,
            findings,
        );
    }

    let connections = ctx.ruleset.connections;
    if rules.windows_discovery(plan) && !super::connections::cname_possible(plan, connections) {
        let server = connections.manual_server;
        findings.push(Finding::info(
            at(Path::WindowsDiscovery),
            c(Code::ManualServerName { server }),
        ));
        derived.manual_server_name = Some(server);
    }

    if p.windows_pc {
        if let Some(count) = e.windows_pc.pc_count {
            if count > rules.pc_client_max {
                findings.push(Finding::blocker(
                    at(Path::PcCount),
                    c(Code::TooManyPcs {
                        count,
                        max: rules.pc_client_max,
                    }),
                ));
            }
        }
    }

    if p.corporate_owned {
        corporate_findings(plan, rules, findings);
    }

    if let Some(value) = e.device_limit {
        let (min, max) = (rules.device_limit_min, rules.device_limit_max);
        if !(min..=max).contains(&value) {
            findings.push(Finding::blocker(
                at(Path::DeviceLimit),
                c(Code::DeviceLimitOutOfRange { value, min, max }),
            ));
        }
    }
    derived
}

fn corporate_findings(plan: &Plan, rules: &Rules, findings: &mut Vec<Finding>) {
    let e = &plan.enrollment;
    let corp = &e.corporate;
    let c = finding::Code::Enrollment;
    let at = FieldPath::Enrollment;
    // The device enrollment manager is optional: checked once something is entered.
    let dem_done = plan
        .checklist
        .get(rules.dem_item)
        .is_some_and(|s| s.status == ItemStatus::Done);
    let has_dem = account_findings(
        &corp.dem_account,
        Account::DeviceEnrollmentManager,
        Path::DemAccount,
        dem_done,
        findings,
    );
    if let Some(count) = corp.dem_devices {
        if count > rules.dem_max_devices {
            findings.push(Finding::blocker(
                at(Path::DemDevices),
                c(Code::DemTooManyDevices {
                    count,
                    max: rules.dem_max_devices,
                }),
            ));
        }
    }
    if corp.dem_is_intune_admin {
        findings.push(Finding::warning(
            at(Path::DemIsIntuneAdmin),
            c(Code::DemIsIntuneAdmin),
        ));
    }
    if has_dem && e.platforms.ios_mac && e.apple.dep_token {
        findings.push(Finding::info(at(Path::DemAccount), c(Code::DemNotWithDep)));
    }
    if let Some(csv) = &corp.imei_csv {
        imei_findings(csv, rules, findings);
    }
}

fn imei_findings(csv: &ImeiCsv, rules: &Rules, findings: &mut Vec<Finding>) {
    let path = FieldPath::Enrollment(Path::ImeiCsv);
    let c = finding::Code::Enrollment;
    if csv.rows == 0 {
        findings.push(Finding::blocker(path, c(Code::ImeiEmpty)));
    }
    if csv.rows > rules.imei_max_rows {
        findings.push(Finding::blocker(
            path,
            c(Code::ImeiTooManyRows {
                rows: csv.rows,
                max: rules.imei_max_rows,
            }),
        ));
    }
    if csv.bytes > rules.imei_max_bytes {
        findings.push(Finding::blocker(
            path,
            c(Code::ImeiFileTooLarge {
                bytes: csv.bytes,
                max: rules.imei_max_bytes,
            }),
        ));
    }
    if csv.longest_details > rules.imei_max_details {
        findings.push(Finding::blocker(
            path,
            c(Code::ImeiDetailsTooLong {
                row: csv.first_long_details_row.unwrap_or(0),
                length: csv.longest_details,
                max: rules.imei_max_details,
            }),
        ));
    }
    if csv.header {
        findings.push(Finding::blocker(path, c(Code::ImeiHeader)));
    }
    // A header row is reported on its own, not again as an invalid row.
    let invalid = csv.invalid_rows.saturating_sub(u32::from(csv.header));
    if invalid > 0 {
        findings.push(Finding::blocker(
            path,
            c(Code::ImeiInvalidRows {
                first_row: csv.first_invalid_row.unwrap_or(1),
                count: invalid,
            }),
        ));
    }
}

/// Reads an IMEI import file (CSV without header: IMEI number, then details)
/// in one pass and summarises it against `rules`. Rows are split at the first
/// comma; empty lines are skipped; quotes around a value are ignored.
pub fn inspect_imei_csv(file_name: &str, content: &[u8], rules: &Rules) -> ImeiCsv {
    let text = String::from_utf8_lossy(content);
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let mut out = ImeiCsv {
        file_name: file_name.to_owned(),
        bytes: content.len() as u64,
        ..ImeiCsv::default()
    };
    let digits = rules.imei_digits_min as usize..=rules.imei_digits_max as usize;
    for line in text.lines() {
        if line.trim().is_empty() {
            continue;
        }
        out.rows = out.rows.saturating_add(1);
        let row = out.rows;
        let (id, details) = line.split_once(',').unwrap_or((line, ""));
        let unquote = |s: &str| s.trim().trim_matches('"').trim().to_owned();
        let id = unquote(id);
        let details = unquote(details);
        let is_imei = digits.contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit());
        if !is_imei {
            if row == 1 && id.chars().any(char::is_alphabetic) {
                out.header = true;
            }
            out.invalid_rows = out.invalid_rows.saturating_add(1);
            // After a header, record the first invalid data row.
            if out.first_invalid_row.is_none() && !(row == 1 && out.header) {
                out.first_invalid_row = Some(row);
            }
        }
        let len = u32::try_from(details.chars().count()).unwrap_or(u32::MAX);
        if len > out.longest_details {
            out.longest_details = len;
        }
        if len > rules.imei_max_details && out.first_long_details_row.is_none() {
            out.first_long_details_row = Some(row);
        }
    }
    out
}
