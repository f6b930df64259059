//! Every message with parameters says the same values in English and in
//! Dutch (review 2, §2.3): each message is rendered in both languages with
//! distinctive parameter values, and every value that appears in one
//! language appears in the other, as often.
//!
//! Nothing can slip through unnoticed:
//! - every variant of every message enum is rendered: the variants are read
//!   from the enum's source, and a variant without a sample fails the test;
//! - every public function of `src/i18n/` is either rendered here or listed
//!   as taking no value to show (only the locale or a closed choice); a new
//!   function fails the test until it is put in one of the two lists.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use enrollready::autosave::{Backup, StoreError};
use enrollready::cli::ArgError;
use enrollready::domain::authority::{self, Authority, Implication};
use enrollready::domain::checklist::ItemCode;
use enrollready::domain::checks::CharList;
use enrollready::domain::connections;
use enrollready::domain::enrollment::{self, Account, Credential, ExpiryState};
use enrollready::domain::readiness::{Readiness, StepReadiness};
use enrollready::domain::recovery::{
    self, Change, Decision, Effect, Note, Notice, Path as RPath, Reason, ResetList, SupportPack,
    TenantId,
};
use enrollready::domain::{groups, licenses, Code, Date, ImageKind, List, Logo};
use enrollready::format::share::ShareError;
use enrollready::format::{ExportError, ImportError};
use enrollready::i18n::handoff::Source;
use enrollready::i18n::{self, Locale, Text};

/// The values a sample shows, read from its `Debug` form: every run of at
/// least three digits (and the number after it: row numbers are shown from
/// 1), every quoted string and every quoted character.
fn values(debug: &str) -> Vec<String> {
    let mut out = Vec::new();
    let chars: Vec<char> = debug.chars().collect();
    let mut i = 0;
    while let Some(&c) = chars.get(i) {
        if c == '"' || c == '\'' {
            let mut j = i + 1;
            let mut s = String::new();
            while let Some(&d) = chars.get(j) {
                if d == c {
                    break;
                }
                s.push(d);
                j += 1;
            }
            if !s.is_empty() {
                out.push(s);
            }
            i = j + 1;
        } else if c.is_ascii_digit() {
            let mut j = i;
            let mut s = String::new();
            while let Some(&d) = chars.get(j).filter(|d| d.is_ascii_digit()) {
                s.push(d);
                j += 1;
            }
            if s.len() >= 3 {
                let n: u64 = s.parse().unwrap();
                out.push(s);
                out.push((n + 1).to_string());
            }
            i = j;
        } else {
            i += 1;
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Asserts that each value occurs as often in the English text as in the
/// Dutch one.
fn same_values(what: &str, debug: &str, en: &str, nl: &str) {
    assert!(
        !en.trim().is_empty() && !nl.trim().is_empty(),
        "{what}: empty"
    );
    for v in values(debug) {
        let (e, n) = (
            en.matches(v.as_str()).count(),
            nl.matches(v.as_str()).count(),
        );
        assert_eq!(
            e, n,
            "{what} {debug}: {v:?} appears {e}× in English, {n}× in Dutch\n  en: {en}\n  nl: {nl}"
        );
    }
}

/// Renders each sample in both languages and compares their values; returns
/// the names of the variants rendered.
fn check<T: std::fmt::Debug>(
    what: &str,
    samples: &[T],
    render: impl Fn(&T, Locale) -> String,
) -> Vec<String> {
    for s in samples {
        let debug = format!("{s:?}");
        same_values(what, &debug, &render(s, Locale::En), &render(s, Locale::Nl));
    }
    samples.iter().map(|s| variant(&format!("{s:?}"))).collect()
}

/// The variant name at the start of a `Debug` form.
fn variant(debug: &str) -> String {
    debug
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

/// The variants of `pub enum <name>` in a source file, in order.
fn variants_in_source(file: &str, name: &str) -> Vec<String> {
    let path = format!("{}/src/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let start = format!("pub enum {name} {{");
    let Some(at) = text.find(&start) else {
        panic!("no `{start}` in {path}");
    };
    let body = &text[at + start.len()..];
    if body.trim_start().starts_with('}') {
        return vec![];
    }
    body.lines()
        .take_while(|l| *l != "}")
        .filter(|l| l.starts_with("    ") && !l.starts_with("     "))
        .map(|l| variant(l.trim()))
        .filter(|v| v.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect()
}

/// Every variant of the enum has a sample.
fn covers(file: &str, name: &str, rendered: &[String], seen: &mut BTreeMap<String, usize>) {
    for v in variants_in_source(file, name) {
        assert!(
            rendered.contains(&v),
            "{file}: {name}::{v} has no sample in tests/i18n_placeholders.rs"
        );
    }
    *seen.entry(format!("{file}::{name}")).or_default() += 1;
}

fn chars(shown: &[char]) -> CharList {
    CharList {
        shown: shown.to_vec(),
        more: 641,
    }
}

fn date() -> Date {
    Date::new(2019, 9, 1).unwrap()
}

fn portal_codes() -> Vec<Code> {
    vec![
        Code::Required,
        Code::TooLong {
            max: 317,
            actual: 428,
        },
        Code::CompanyNameCharacters {
            found: chars(&['Ж', '\u{200B}']),
        },
        Code::CompanyNameNonAsciiLetters {
            found: chars(&['Ѫ']),
        },
        Code::PhoneFormat,
        Code::EmailFormat,
        Code::UrlMissingScheme,
        Code::UrlNotHttps {
            scheme: "http".into(),
        },
        Code::UrlNotHttps {
            scheme: "zqftp".into(),
        },
        Code::UrlHostWithoutDot,
        Code::UrlNonAsciiHost,
        Code::UrlInvalid,
        Code::UrlInvisibleCharacters {
            found: chars(&['\u{202E}']),
        },
        Code::WebsiteNameDefault,
        Code::WebsiteNameIgnored,
        Code::ThemeColorFormat,
        Code::LogoRequired,
        Code::LogoNotImage,
        Code::LogoTruncated,
        Code::LogoDimensions {
            width: 539,
            height: 863,
            max_width: 974,
            max_height: 185,
        },
        Code::LogoTooLarge {
            bytes: 296,
            max: 974,
        },
        Code::LogoContentMissing,
        Code::LogoContentNotBase64,
        Code::LogoTrailingData { bytes: 539 },
        Code::LogoLow {
            height: 317,
            over: 428,
        },
        Code::BrandImageNarrow {
            width: 863,
            over: 974,
        },
        Code::Item(ItemCode::ReasonMissing),
        Code::Connections(connections::Code::DomainEmpty),
        Code::Authority(authority::Code::NotChosen),
        Code::Groups(groups::Code::NameEmpty),
        Code::Licenses(licenses::Code::WhoMissing),
        Code::Enrollment(enrollment::Code::NoPlatform),
        Code::Recovery(recovery::Code::TargetRequired),
    ]
}

fn item_codes() -> Vec<ItemCode> {
    vec![
        ItemCode::ReasonMissing,
        ItemCode::DueDateFormat,
        ItemCode::Overdue { days: 317 },
        ItemCode::Overdue { days: 1 },
    ]
}

fn connections_codes() -> Vec<connections::Code> {
    use connections::Code as C;
    vec![
        C::DomainEmpty,
        C::DomainHasScheme {
            scheme: "zqhttps://".into(),
        },
        C::DomainHasPath {
            path: "/zqpath".into(),
        },
        C::DomainHasPort {
            port: ":428".into(),
        },
        C::DomainIsAddress,
        C::DomainNonAscii,
        C::DomainTooLong {
            max: 317,
            actual: 539,
        },
        C::DomainLabelTooLong {
            label: "zqlabel".into(),
            max: 641,
            actual: 863,
        },
        C::DomainEmptyLabel,
        C::DomainCharacters {
            found: "Жѫ".into()
        },
        C::DomainLabelHyphen {
            label: "-zqlabel".into(),
        },
        C::DomainSingleLabel,
        C::DomainNumericTld,
        C::DomainInvalid,
        C::DomainInitial {
            suffix: "zqonmicrosoft.com",
        },
        C::DomainNonRoutable {
            tld: ".zqlocal".into(),
        },
        C::DomainDuplicate { first: 974 },
        C::DomainNotVerified { ttl_seconds: 185 },
        C::UpnSuffixNotVerified,
        C::VerifiedItemButUnverifiedDomains {
            item: "S1-04",
            count: 1,
            first: 296,
        },
        C::VerifiedItemButUnverifiedDomains {
            item: "S1-04",
            count: 317,
            first: 539,
        },
    ]
}

fn authority_codes() -> Vec<authority::Code> {
    use authority::Code as C;
    vec![
        C::NotChosen,
        C::NotAChoice {
            authority: Authority::Office365,
        },
        C::SetWithoutChoice { item: "S2-01" },
        C::HybridMdmRetired { on: date() },
    ]
}

fn implications() -> Vec<Implication> {
    vec![
        Implication::SetInIntuneConsole,
        Implication::IntuneToday,
        Implication::SetUpFromConfigurationManager,
        Implication::NoOtherMdmServices,
        Implication::HardToChange {
            min_cm_version: 317,
            min_intune_release: 428,
        },
        Implication::SetInOffice365,
    ]
}

fn groups_codes() -> Vec<groups::Code> {
    vec![
        groups::Code::NameEmpty,
        groups::Code::DuplicateName { first: 317 },
    ]
}

fn licenses_codes() -> Vec<licenses::Code> {
    use licenses::Code as C;
    vec![
        C::WhoMissing,
        C::TooManyDevicesPerUser {
            max: 317,
            actual: 428,
        },
        C::NoDevicesPerUser,
        C::NoUpnSuffixForSync,
        C::DevicesPerUserAboveDeviceLimit {
            planned: 539,
            limit: 641,
        },
    ]
}

fn enrollment_codes() -> Vec<enrollment::Code> {
    use enrollment::Code as C;
    let mut v = vec![
        C::NoPlatform,
        C::SetUpInConfigurationManager,
        C::PersonalAppleId {
            domain: "zqmail.example".into(),
        },
        C::ManualServerName {
            server: "zqserver.example",
        },
        C::TooManyPcs {
            count: 317,
            max: 428,
        },
        C::DemTooManyDevices {
            count: 539,
            max: 641,
        },
        C::DemIsIntuneAdmin,
        C::DemNotWithDep,
        C::DeviceLimitOutOfRange {
            value: 863,
            min: 974,
            max: 185,
        },
        C::ImeiEmpty,
        C::ImeiTooManyRows {
            rows: 296,
            max: 317,
        },
        C::ImeiFileTooLarge {
            bytes: 428,
            max: 539,
        },
        C::ImeiDetailsTooLong {
            row: 641,
            length: 863,
            max: 974,
        },
        C::ImeiHeader,
        C::ImeiInvalidRows {
            first_row: 185,
            count: 296,
        },
        C::ImeiInvalidRows {
            first_row: 185,
            count: 1,
        },
    ];
    for account in [
        Account::AppleId,
        Account::GoogleAccount,
        Account::DeviceEnrollmentManager,
    ] {
        v.push(C::AccountMissing { account });
        v.push(C::AccountFormat { account });
    }
    for credential in [Credential::ApnsCertificate, Credential::DepToken] {
        v.extend([
            C::ExpiryMissing { credential },
            C::ExpiryFormat { credential },
            C::Expiring {
                credential,
                days_left: 317,
            },
            C::Expired {
                credential,
                days_ago: 428,
            },
            C::Expired {
                credential,
                days_ago: 0,
            },
            C::ExpiredInGrace {
                credential,
                days_ago: 12,
                days_left: 18,
            },
            C::ExpiryBeyondValidity {
                credential,
                days_left: 539,
                validity_days: 641,
            },
        ]);
    }
    v
}

fn expiry_states() -> Vec<ExpiryState> {
    vec![
        ExpiryState::Missing,
        ExpiryState::Malformed,
        ExpiryState::Valid { days_left: 317 },
        ExpiryState::Valid { days_left: 1 },
        ExpiryState::Expiring { days_left: 428 },
        ExpiryState::Expired { days_ago: 539 },
        ExpiryState::Expired { days_ago: 1 },
        ExpiryState::Expired { days_ago: 0 },
    ]
}

fn recovery_codes() -> Vec<recovery::Code> {
    use recovery::Code as C;
    vec![
        C::TargetRequired,
        C::VersionFormat {
            example: 317,
            older: None,
        },
        C::VersionFormat {
            example: 317,
            older: Some("zq2012 R2 SP1"),
        },
        C::VersionNeeded { min: 428 },
        C::CoExistenceIgnored,
        C::HybridRetired,
        C::HybridMdmRetired { on: date() },
        C::VersionInFuture {
            version: 539,
            latest: 641,
        },
        C::TenantIdRequired,
        C::TenantIdFormat,
        C::TenantIdGuid,
        C::ConfirmedWithOpenItems { open: 863 },
        C::ConfirmedWithOpenItems { open: 1 },
        C::ConfirmationNotNeeded,
    ]
}

fn reasons() -> Vec<Reason> {
    let (a, b) = (Authority::Intune, Authority::ConfigurationManager);
    vec![
        Reason::NoCurrentAuthority,
        Reason::TargetMissing,
        Reason::SameAuthority { authority: a },
        Reason::SelfServicePair { from: a, to: b },
        Reason::ConfigMgrVersionMeets {
            version: 317,
            min: 428,
        },
        Reason::ConfigMgrVersionTooOld {
            version: 539,
            min: 641,
        },
        Reason::ConfigMgrVersionLegacy {
            name: "zq2012 R2",
            min: 863,
        },
        Reason::ConfigMgrVersionUnknown { min: 974 },
        Reason::IntuneReleaseMeets {
            release: 185,
            min: 296,
        },
        Reason::IntuneReleaseTooOld {
            release: 317,
            min: 428,
        },
        Reason::IntuneReleaseAssumed {
            release: 539,
            min: 641,
        },
        Reason::IntuneReleaseUnknown { min: 863 },
        Reason::CoExistenceBothLists,
        Reason::CoExistenceLicenseFirst,
        Reason::SupportOnly { from: a, to: b },
        Reason::NotListed { from: b, to: a },
        Reason::HybridRetired,
    ]
}

fn effects() -> Vec<Effect> {
    vec![
        Effect::DevicesMoveWithinHours { hours: 317 },
        Effect::IosFailsUntilApnsUploaded,
        Effect::OfflineDevicesKeepProfilesDays { days: 428 },
        Effect::ComplianceDataWithinWeeks { weeks: 539 },
        Effect::ComplianceDataWithinWeeks { weeks: 1 },
        Effect::UserlessDevicesNotMigrated,
    ]
}

fn decisions() -> Vec<Decision> {
    vec![
        Decision::SetInStep2,
        Decision::Undecided,
        Decision::NothingToDo,
        Decision::SelfService(Change::IntuneToConfigMgr),
        Decision::SelfService(Change::ConfigMgrToIntune),
        Decision::SupportRequest(&[]),
        Decision::SupportRequest(&[ResetList::A]),
        Decision::SupportRequest(&[ResetList::A, ResetList::C]),
        Decision::ContactSupport,
        Decision::HybridRetired,
    ]
}

fn import_errors() -> Vec<ImportError> {
    vec![
        ImportError::TooLarge {
            bytes: 317,
            max: 428,
        },
        ImportError::Empty,
        ImportError::NotText {
            line: 539,
            column: 641,
        },
        ImportError::InvalidJson {
            line: 863,
            column: 974,
        },
        ImportError::TooDeep {
            line: 185,
            column: 296,
        },
        ImportError::DuplicateKey {
            key: "zqkey".into(),
            line: 317,
            column: 428,
        },
        ImportError::NotAPlan,
        ImportError::ReaderUnavailable,
        ImportError::NewerVersion {
            found: 539,
            supported: 641,
            written_by: Some("zq9.8.7".into()),
        },
        ImportError::NewerVersion {
            found: 539,
            supported: 641,
            written_by: None,
        },
        ImportError::UnknownRuleset {
            id: "zqruleset".into(),
        },
        ImportError::TooMany {
            list: List::Domains,
            count: 863,
            max: 974,
        },
        ImportError::TooMany {
            list: List::Groups,
            count: 863,
            max: 974,
        },
        ImportError::TooMany {
            list: List::ChecklistItems,
            count: 863,
            max: 974,
        },
        ImportError::BadStructure {
            line: 185,
            column: 296,
        },
    ]
}

fn export_errors() -> Vec<ExportError> {
    let mut v: Vec<ExportError> = [List::Domains, List::Groups, List::ChecklistItems]
        .into_iter()
        .map(|list| ExportError::TooMany {
            list,
            count: 317,
            max: 428,
        })
        .collect();
    v.push(ExportError::UnknownRuleset {
        id: "zqruleset".into(),
    });
    v.push(ExportError::Json("zqdetail".into()));
    v
}

fn share_errors() -> Vec<ShareError> {
    vec![
        ShareError::Empty,
        ShareError::TooLong { chars: 539 },
        ShareError::NotBase64,
        ShareError::Damaged,
        ShareError::TooLarge { max: 641 },
        ShareError::Plan(ImportError::InvalidJson {
            line: 863,
            column: 974,
        }),
    ]
}

fn backups() -> Vec<Backup> {
    vec![
        Backup::Kept(317),
        Backup::AlreadyKept(428),
        Backup::NoFreeSlot,
        Backup::Failed(StoreError::Full),
        Backup::Failed(StoreError::Unavailable),
    ]
}

fn arg_errors() -> Vec<ArgError> {
    vec![
        ArgError::NoCommand,
        ArgError::UnknownCommand("zqcommand".into()),
        ArgError::MissingFile,
        ArgError::ExtraArgument("zqextra".into()),
        ArgError::UnknownOption("--zqoption".into()),
        ArgError::MissingValue("--zqvalue"),
        ArgError::BadLanguage("zqlang".into()),
        ArgError::BadDate("zqdate".into()),
        ArgError::BadFormat("zqformat".into()),
        ArgError::MissingFormat,
        ArgError::FormatWithCheck,
        ArgError::PatchWithoutGraph,
        ArgError::OutputWithoutCalendar,
        ArgError::BadRuleset("zqrules".into()),
        ArgError::MissingTo,
        ArgError::ToWithoutMigrate,
    ]
}

fn pack(ready: bool, scenario: Option<ResetList>, co_existence: bool) -> SupportPack {
    SupportPack {
        tenant_id: Some(TenantId::Domain("zqtenant.onmicrosoft.com".into())),
        current: Some(Authority::Intune),
        co_existence,
        target: Some(Authority::ConfigurationManager),
        scenario,
        checklists: if scenario.is_some() {
            &[ResetList::A, ResetList::C]
        } else {
            &[]
        },
        items: 428,
        complete: 317,
        open_items: vec![],
        confirmed: true,
        missing: vec![],
        ready,
    }
}

#[test]
fn every_message_says_the_same_values_in_both_languages() {
    let mut seen = BTreeMap::new();
    let finding = |c: &Code, l| i18n::messages::finding_message(c, l);

    let r = check("finding_message", &portal_codes(), finding);
    covers("domain/finding.rs", "Code", &r, &mut seen);
    let r = check("item code", &item_codes(), |c, l| {
        finding(&Code::Item(c.clone()), l)
    });
    covers("domain/checklist.rs", "ItemCode", &r, &mut seen);
    let r = check("connections::message", &connections_codes(), |c, l| {
        i18n::connections::message(c, l)
    });
    covers("domain/connections.rs", "Code", &r, &mut seen);
    let r = check("authority::message", &authority_codes(), |c, l| {
        i18n::authority::message(c, l)
    });
    covers("domain/authority.rs", "Code", &r, &mut seen);
    let r = check("authority::implication", &implications(), |c, l| {
        i18n::authority::implication(c, l)
    });
    covers("domain/authority.rs", "Implication", &r, &mut seen);
    let r = check("groups::message", &groups_codes(), |c, l| {
        i18n::groups::message(c, l)
    });
    covers("domain/groups.rs", "Code", &r, &mut seen);
    let r = check("licenses::message", &licenses_codes(), |c, l| {
        i18n::licenses::message(c, l)
    });
    covers("domain/licenses.rs", "Code", &r, &mut seen);
    let r = check("enrollment::message", &enrollment_codes(), |c, l| {
        i18n::enrollment::message(c, l)
    });
    covers("domain/enrollment.rs", "Code", &r, &mut seen);
    // Step 7 has no finding codes (an empty enum): nothing to render.
    covers("domain/next_steps.rs", "Code", &[], &mut seen);
    let r = check("recovery::message", &recovery_codes(), |c, l| {
        i18n::recovery::message(c, l)
    });
    covers("domain/recovery.rs", "Code", &r, &mut seen);
    // The same through the finding message, once per part.
    for c in enrollment_codes() {
        let c = Code::Enrollment(c);
        same_values(
            "finding_message",
            &format!("{c:?}"),
            &finding(&c, Locale::En),
            &finding(&c, Locale::Nl),
        );
    }

    let r = check("expiry_state", &expiry_states(), |s, l| {
        i18n::enrollment::expiry_state(*s, l)
    });
    covers("domain/enrollment.rs", "ExpiryState", &r, &mut seen);
    check("expiry_message", &expiry_states(), |s, l| {
        i18n::builder::expiry_message(*s, l).unwrap_or_else(|| "-".into())
    });
    let r = check("reason_text", &reasons(), |x, l| {
        i18n::recovery::reason_text(x, l)
    });
    covers("domain/recovery.rs", "Reason", &r, &mut seen);
    let r = check("effect_text", &effects(), |x, l| {
        i18n::recovery::effect_text(x, l)
    });
    covers("domain/recovery.rs", "Effect", &r, &mut seen);
    let r = check("decision_text", &decisions(), |x, l| {
        i18n::recovery::decision_text(x, l)
    });
    covers("domain/recovery.rs", "Decision", &r, &mut seen);
    let r = check(
        "note_text",
        &[Note::ApnsCertificateStaysWithAccount],
        |x, l| i18n::recovery::note_text(x, l).to_owned(),
    );
    covers("domain/recovery.rs", "Note", &r, &mut seen);
    let notices = [3, 317].map(|max| Notice {
        max_business_days: max,
        usual_days: 428,
        wait_for_confirmation: true,
    });
    check("notice_text", &notices, |n, l| {
        i18n::recovery::notice_text(n, l).join("\n")
    });
    check(
        "retired_note",
        enrollready::domain::ruleset::CLASSIC_2017.retired.retired,
        |r, l| i18n::retired::note(r, l).unwrap_or_default(),
    );
    check("missing_text", &[RPath::ALL.to_vec()], |p, l| {
        i18n::recovery::missing_text(p, l)
    });
    let packs = [
        pack(true, Some(ResetList::A), true),
        pack(true, Some(ResetList::B), false),
        pack(false, Some(ResetList::C), false),
        pack(true, None, false),
    ];
    check("pack_status", &packs, |p, l| {
        i18n::recovery::pack_status(p, l)
    });
    check("support_request", &packs, |p, l| {
        i18n::builder::support_request(p, l).unwrap_or_else(|| "-".into())
    });

    let r = check("import_error", &import_errors(), |e, l| {
        i18n::messages::import_error(e, l)
    });
    covers("format.rs", "ImportError", &r, &mut seen);
    check("file_error", &import_errors(), |e, l| {
        i18n::handoff::file_error(l, "zqfile.json", e)
    });
    let r = check("save_refused", &export_errors(), |e, l| {
        i18n::notices::save_refused(l, e)
    });
    covers("format.rs", "ExportError", &r, &mut seen);
    let r = check("share_error", &share_errors(), |e, l| {
        i18n::handoff::share_error(l, e)
    });
    covers("format/share.rs", "ShareError", &r, &mut seen);
    let r = check("restore_failed", &backups(), |b, l| {
        i18n::notices::restore_failed(l, "zqreason", *b)
    });
    covers("autosave.rs", "Backup", &r, &mut seen);
    let r = check(
        "list_full",
        &[List::Domains, List::Groups, List::ChecklistItems],
        |x, l| i18n::notices::list_full(l, *x),
    );
    covers("domain/limits.rs", "List", &r, &mut seen);
    check("panic_message", &[Some("zq14:05"), None], |t, l| {
        i18n::notices::panic_message(l, *t)
    });
    let r = check(
        "replace_question",
        &[Source::File("zqplan.json".into()), Source::Link],
        |s, l| i18n::handoff::replace_question(l, s),
    );
    covers("i18n/handoff.rs", "Source", &r, &mut seen);
    let r = check("arg_error", &arg_errors(), |e, l| {
        i18n::cli::arg_error(e, l)
    });
    covers("cli.rs", "ArgError", &r, &mut seen);
    let io = [
        std::io::Error::new(std::io::ErrorKind::NotFound, "zqgone"),
        std::io::Error::new(std::io::ErrorKind::PermissionDenied, "zqdenied"),
        std::io::Error::other("zqother"),
    ];
    check("read_failed", &io, i18n::cli::read_failed);
    check("write_failed", &io, i18n::cli::write_failed);

    check("char_list", &[chars(&['Ж', '\t', '\u{200B}'])], |c, l| {
        i18n::messages::char_list(l, c)
    });
    check("char_count", &[(317usize, 428usize)], |(c, m), l| {
        i18n::messages::char_count(l, *c, *m)
    });
    check("remove_named", &["zqlabel"], |s, l| {
        i18n::messages::remove_named(l, s)
    });
    let mut logo = Logo::from_bytes("x.png", b"not an image");
    logo.file_name = "zqlogo.png".into();
    logo.byte_size = 539;
    let other = logo.clone();
    logo.kind = ImageKind::Png;
    logo.width = Some(317);
    logo.height = Some(428);
    check("logo_summary", &[logo, other], |x, l| {
        i18n::messages::logo_summary(l, x)
    });
    {
        use enrollready::domain::company_portal::{CLASSIC_2017, INTUNE_2026};
        use enrollready::domain::LogoSlot;
        let samples = [
            ("intune-2026", LogoSlot::BrandImage),
            ("intune-2026", LogoSlot::ThemeBackground),
            ("intune-classic-2017", LogoSlot::WhiteBackground),
        ];
        check("image_limits", &samples, |(id, slot), l| {
            let rules = if *id == "intune-2026" {
                &INTUNE_2026
            } else {
                &CLASSIC_2017
            };
            i18n::messages::image_limits(l, rules, *slot)
        });
    }
    check("storage_failed", &["zqreason"], |s, l| {
        i18n::messages::storage_failed(l, s)
    });
    check(
        "step_status",
        &[(317usize, 428usize), (1, 1), (0, 539)],
        |(b, w), l| i18n::messages::step_status(l, *b, *w),
    );
    check("long_date", &[date()], |d, l| {
        i18n::authority::long_date(*d, l)
    });
    check("hybrid_retired_note", &[date()], |d, l| {
        i18n::authority::hybrid_retired_note(*d, l)
    });
    let meter = StepReadiness {
        step: None,
        readiness: Readiness::InProgress,
        applicable: 863,
        done: 431,
        blockers: 974,
        warnings: 185,
        work: 200,
        work_done: 73,
    };
    check("meter_text", &[meter], |m, l| {
        i18n::builder::meter_text(m, l)
    });
    check("dns_propagation", &[641u32], |h, l| {
        i18n::builder::dns_propagation(*h, l)
    });
    check(
        "entry_label",
        &[(428usize, "zqname"), (317, "")],
        |(i, n), l| i18n::builder::entry_label(Text::DomainName, *i, n, l),
    );
    check(
        "ruleset_name",
        &[enrollready::domain::ruleset::CLASSIC_2017.id],
        |_, l| i18n::report::ruleset_name(&enrollready::domain::ruleset::CLASSIC_2017, l),
    );
    {
        use enrollready::domain::enrollment::Credential;
        use i18n::calendar as cal;
        let creds = [Credential::ApnsCertificate, Credential::DepToken];
        check("calendar_name", &["Zqcompany", ""], |c, l| {
            cal::calendar_name(c, l)
        });
        check("expires_summary", &creds, |c, l| {
            cal::expires_summary(*c, "Zqco", l)
        });
        check("expires_description", &creds, |c, l| {
            cal::expires_description(*c, "Zqco", l)
        });
        check("renew_summary", &creds, |c, l| {
            cal::renew_summary(*c, "Zqco", l)
        });
        check("renew_description", &creds, |c, l| {
            cal::renew_description(*c, "Zqco", 641, l)
        });
        check("item_summary", &["Zqlabel"], |s, l| {
            cal::item_summary(s, "Zqco", l)
        });
        check(
            "item_description",
            &[("Zqstep", "Zqlabel", "Zqowner", "Zqnote")],
            |(s, a, o, n), l| cal::item_description(s, a, o, n, l),
        );
    }
    {
        use enrollready::report::compare::{EntryChange, FieldChange};
        check("compare_intro", &["zqfile.json"], |f, l| {
            i18n::compare::intro(f, l)
        });
        check("migrate_heading", &[("zqfrom", "zqto")], |(a, b), l| {
            i18n::cli::migrate_heading(a, b, l)
        });
        check("compare_unchanged", &[1usize, 641], |n, l| {
            i18n::compare::unchanged(*n, l)
        });
        check("compare_moved_to", &["Zqrules"], |r, l| {
            i18n::compare::moved_to(r, l)
        });
        check("move_intro", &[("Zqfrom", "Zqto")], |(a, b), l| {
            i18n::builder::move_intro(a, b, l)
        });
        check("compare_bytes", &[641u64, 1_300_000], |n, l| {
            i18n::compare::bytes(*n, l)
        });
        check("compare_hours", &[1u64, 641], |n, l| {
            i18n::compare::hours(*n, l)
        });
        check("compare_days", &[1u64, 641], |n, l| {
            i18n::compare::days(*n, l)
        });
        check("compare_characters", &[641u64], |n, l| {
            i18n::compare::characters(*n, l)
        });
        let entries = [
            EntryChange::Added { name: "Zqa".into() },
            EntryChange::Removed { name: "Zqr".into() },
            EntryChange::Moved {
                name: "Zqm".into(),
                from: 317,
                to: 428,
            },
            EntryChange::Changed {
                name: "Zqc".into(),
                fields: vec![FieldChange {
                    label: "Zqlabel".into(),
                    old: "Zqold".into(),
                    new: "Zqnew".into(),
                }],
            },
        ];
        let seen = check("compare_entry", &entries, i18n::compare::entry);
        assert_eq!(seen.len(), 4);
    }
    check("graph_profile", &["Zqcompany", ""], |c, l| {
        let (name, description) = i18n::graph::profile(c, l);
        format!("{name}\n{description}")
    });
    check(
        "graph_explanation",
        &[("https://zq.example/x", ["ZqPermOne", "ZqPermTwo"])],
        |(e, p), l| i18n::graph::explanation(e, p, l),
    );
    check(
        "ruleset_title",
        &[enrollready::domain::ruleset::CLASSIC_2017.as_of],
        |_, l| i18n::report::ruleset_title(&enrollready::domain::ruleset::CLASSIC_2017, l),
    );

    // A sanity check of the checker: a value said in one language only fails.
    let caught = std::panic::catch_unwind(|| {
        same_values("self-test", "X { n: 317 }", "317 of them", "er zijn er")
    });
    assert!(caught.is_err());
    assert!(seen.values().all(|n| *n == 1), "{seen:?}");
}

/// Public functions of `src/i18n/` that show no value but the language (or a
/// closed choice such as a platform): nothing to compare.
const NO_VALUES: &[&str] = &[
    "compare::title",
    "compare::readiness",
    "compare::state",
    "compare::status",
    "compare::owner",
    "compare::due_date",
    "compare::note",
    "compare::not_applying",
    "compare::no_changes",
    "compare::appeared",
    "compare::resolved",
    "compare::kept",
    "compare::not_in_rules",
    "compare::shown",
    "compare::hidden",
    "compare::limit_word",
    "compare::limit",
    "authority::authority_name",
    "builder::state_word",
    "builder::dns_row",
    "builder::zone_file",
    "cli::help",
    "cli::see_help",
    "cli::is_directory",
    "connections::port_reason",
    "connections::cname_purpose",
    "enrollment::platform_label",
    "enrollment::platform_name",
    "groups::kind_label",
    "licenses::method_label",
    "messages::logo_limits",
    "next_steps::message",
    "recovery::authority_name",
    "recovery::checklist_letter",
    "recovery::checklist_title",
    "recovery::scenario_title",
    "recovery::change_title",
    "recovery::input_label",
    "text::get",
];

/// Public functions of `src/i18n/` rendered by the test above.
const RENDERED: &[&str] = &[
    "authority::long_date",
    "authority::hybrid_retired_note",
    "authority::message",
    "authority::implication",
    "builder::meter_text",
    "builder::move_intro",
    "compare::moved_to",
    "compare::bytes",
    "compare::hours",
    "compare::days",
    "compare::characters",
    "builder::entry_label",
    "builder::dns_propagation",
    "builder::expiry_message",
    "builder::support_request",
    "cli::arg_error",
    "graph::profile",
    "compare::unchanged",
    "compare::intro",
    "cli::migrate_heading",
    "compare::entry",
    "calendar::calendar_name",
    "calendar::expires_summary",
    "calendar::expires_description",
    "calendar::renew_summary",
    "calendar::renew_description",
    "calendar::item_summary",
    "calendar::item_description",
    "graph::explanation",
    "cli::read_failed",
    "cli::write_failed",
    "connections::message",
    "enrollment::message",
    "enrollment::expiry_state",
    "groups::message",
    "handoff::replace_question",
    "handoff::share_error",
    "handoff::file_error",
    "licenses::message",
    "messages::finding_message",
    "messages::char_list",
    "messages::import_error",
    "messages::char_count",
    "messages::remove_named",
    "messages::logo_summary",
    "messages::image_limits",
    "messages::storage_failed",
    "messages::step_status",
    "notices::restore_failed",
    "notices::save_refused",
    "notices::list_full",
    "notices::panic_message",
    "recovery::missing_text",
    "recovery::decision_text",
    "recovery::reason_text",
    "recovery::effect_text",
    "recovery::note_text",
    "recovery::notice_text",
    "retired::note",
    "recovery::pack_status",
    "recovery::message",
    "report::ruleset_name",
    "report::ruleset_title",
];

#[test]
fn every_public_message_function_is_checked_or_shows_no_value() {
    let dir = format!("{}/src/i18n", env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let module = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        // Test modules are not messages.
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        for line in text.lines() {
            let t = line.trim_start();
            let Some(rest) = t
                .strip_prefix("pub fn ")
                .or_else(|| t.strip_prefix("pub const fn "))
            else {
                continue;
            };
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            found.push(format!("{module}::{name}"));
        }
    }
    assert!(found.len() > 40, "{found:?}");
    for f in &found {
        assert!(
            RENDERED.contains(&f.as_str()) || NO_VALUES.contains(&f.as_str()),
            "{f} is a new message function: render it in \
             every_message_says_the_same_values_in_both_languages (and list it in RENDERED), \
             or list it in NO_VALUES"
        );
    }
    for f in RENDERED.iter().chain(NO_VALUES) {
        assert!(found.iter().any(|x| x == f), "{f} no longer exists");
    }
}
