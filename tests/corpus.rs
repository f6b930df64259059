//! The hostile-input corpus (issue 8, "Trust"): every entry of the big list of
//! naughty strings in every text field of the plan, PngSuite-style broken and
//! disguised images, and damaged and hostile saved records. Each case has its
//! expected result as data in `tests/corpus/expected/*.tsv` (case id, input
//! description, expected outcome); the test fails on any difference and prints
//! the first few. `UPDATE_CORPUS=1 cargo test --no-default-features --features
//! arbitrary --test corpus` rewrites the files, which are then read line by line.
//!
//! `tests/corpus/e2e-sample.json` is a sample of the step-4 cases for the
//! end-to-end test in Chromium; a test here checks it against the analysis.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use common::images::*;
use common::{analyze, fixture};
use enrollready::autosave::{Autosave, Backup, MemoryStore, Start, StoreError, BACKUP_KEYS, PLAN_KEY};
use enrollready::domain::enrollment::ImeiCsv;
use enrollready::domain::{
    Action, Code, FieldId, FieldPath, Finding, ItemState, ItemStatus, Logo, LogoSlot, Plan,
};
use enrollready::format;
use enrollready::i18n::{finding_message, Locale};

// ---------------------------------------------------------------------------
// Expected results as data
// ---------------------------------------------------------------------------

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// One case: id, a description of the input (one line, escaped), the outcome.
struct Case {
    id: String,
    input: String,
    outcome: String,
}

/// Compares the cases with `expected/<name>.tsv`, or rewrites it with
/// `UPDATE_CORPUS=1`. Fails on any difference, printing the first few.
fn check_expected(name: &str, cases: &[Case]) {
    let path = corpus_dir().join("expected").join(format!("{name}.tsv"));
    let mut text = String::from("# case id\tinput\texpected outcome\n");
    for c in cases {
        for part in [&c.id, &c.input, &c.outcome] {
            assert!(
                !part.contains(['\t', '\n', '\r']),
                "{}: a TSV cell with a tab or line break: {part:?}",
                c.id
            );
        }
        text.push_str(&format!("{}\t{}\t{}\n", c.id, c.input, c.outcome));
    }
    if std::env::var_os("UPDATE_CORPUS").is_some() {
        std::fs::write(&path, &text).unwrap();
        println!("{name}: wrote {} cases to {}", cases.len(), path.display());
        return;
    }
    let old = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_CORPUS=1 to create it)",
            path.display()
        )
    });
    let expected: BTreeMap<&str, (&str, &str)> = old
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut p = l.splitn(3, '\t');
            Some((p.next()?, (p.next()?, p.next()?)))
        })
        .collect();
    let mut diffs = Vec::new();
    for c in cases {
        match expected.get(c.id.as_str()) {
            Some((_, outcome)) if *outcome == c.outcome => {}
            Some((_, outcome)) => diffs.push(format!(
                "{} ({}):\n    expected {outcome}\n    actual   {}",
                c.id, c.input, c.outcome
            )),
            None => diffs.push(format!("{}: new case, not in {name}.tsv", c.id)),
        }
    }
    let ids: std::collections::BTreeSet<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    for id in expected.keys().filter(|id| !ids.contains(*id)) {
        diffs.push(format!("{id}: in {name}.tsv but no longer a case"));
    }
    assert!(
        diffs.is_empty(),
        "{name}: {} of {} cases differ from tests/corpus/expected/{name}.tsv; the first:\n  {}",
        diffs.len(),
        cases.len(),
        diffs.iter().take(8).cloned().collect::<Vec<_>>().join("\n  ")
    );
    println!("{name}: {} cases as expected", cases.len());
}

/// A short, one-line, escaped description of a text.
fn describe(s: &str) -> String {
    const SHOWN: usize = 32;
    let n = s.chars().count();
    let mut out: String = s.chars().take(SHOWN).flat_map(char::escape_debug).collect();
    if n > SHOWN {
        out.push_str(&format!("…({n} chars)"));
    }
    if out.is_empty() {
        out.push_str("(empty)");
    }
    out
}

/// A code's variant name, with the part's variant inside: `TooLong`,
/// `Connections::DomainCharacters`.
fn code_name(code: &Code) -> String {
    let debug = format!("{code:?}");
    let mut names = Vec::new();
    let mut rest = debug.as_str();
    loop {
        let end = rest
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .unwrap_or(rest.len());
        names.push(&rest[..end]);
        match rest[end..].strip_prefix('(') {
            Some(inner) if inner.starts_with(|c: char| c.is_ascii_uppercase()) => rest = inner,
            _ => break,
        }
    }
    names.join("::")
}

fn finding_name(f: &Finding) -> String {
    let sev = match f.severity {
        enrollready::domain::Severity::Blocker => "B",
        enrollready::domain::Severity::Warning => "W",
        enrollready::domain::Severity::Info => "I",
    };
    format!("{sev}:{}", code_name(&f.code))
}

// ---------------------------------------------------------------------------
// Messages: never empty, no raw invisible characters
// ---------------------------------------------------------------------------

/// Bidirectional controls and zero-width or otherwise invisible format
/// characters: a message must show them as `U+XXXX`, never raw.
fn is_invisible_control(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{E0000}'..='\u{E007F}')
}

/// Problems with the messages of `findings` in both languages.
fn message_problems(case: &str, findings: &[&Finding], out: &mut Vec<String>) {
    for f in findings {
        for l in [Locale::En, Locale::Nl] {
            let m = finding_message(&f.code, l);
            if m.trim().is_empty() {
                out.push(format!("{case}: empty {l:?} message for {:?}", f.code));
            }
            if let Some(c) = m.chars().find(|&c| is_invisible_control(c)) {
                out.push(format!(
                    "{case}: raw U+{:04X} in the {l:?} message {m:?}",
                    u32::from(c)
                ));
            }
        }
    }
}

// ---------------------------------------------------------------------------
// FORMAT-DEPENDENT: writing a plan. `format::to_json` returns a `Result` after
// the format helper's branch is merged; change only this function then.
// ---------------------------------------------------------------------------

fn to_json(plan: &Plan) -> String {
    format::to_json(plan, "2026-11-29T12:00:00Z")
}

// ---------------------------------------------------------------------------
// 1. The big list of naughty strings in every text field
// ---------------------------------------------------------------------------

fn blns() -> Vec<String> {
    let text = std::fs::read_to_string(corpus_dir().join("blns/blns.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// A plan where every text field is in use: the full golden fixture (every
/// step filled in, every platform in scope) with the recovery path of the
/// recovery fixture, an IMEI file, and no logo content but the small PNG.
fn base_plan() -> Plan {
    let read = |name: &str| {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/export/v1")
            .join(name);
        format::from_json(&std::fs::read_to_string(path).unwrap())
            .unwrap()
            .plan
    };
    let mut plan = read("full.json");
    plan.recovery = read("recovery-wrong-authority.json").recovery;
    plan.company_portal.logo_theme_background = None;
    plan.company_portal.include_logo = false;
    plan.enrollment.corporate.imei_csv = Some(ImeiCsv {
        file_name: "imei.csv".into(),
        bytes: 34,
        rows: 2,
        longest_details: 4,
        ..Default::default()
    });
    plan.checklist.insert(
        "S7-02".into(),
        ItemState {
            status: ItemStatus::NotApplicable,
            reason: "No Wi-Fi profiles".into(),
            ..Default::default()
        },
    );
    plan
}

type Setter = fn(&mut Plan, &str);

fn item<'a>(plan: &'a mut Plan, id: &str) -> &'a mut ItemState {
    plan.checklist.get_mut(id).expect("the base plan has this item")
}

fn imei(plan: &mut Plan) -> &mut ImeiCsv {
    plan.enrollment.corporate.imei_csv.as_mut().unwrap()
}

/// Every text field of the plan: its name, how to set it, and the path its
/// findings point at (`None`: free text no rule reads).
#[allow(clippy::type_complexity)]
fn text_fields() -> Vec<(&'static str, Setter, Option<FieldPath>)> {
    use enrollready::domain::checklist::ItemField;
    use enrollready::domain::connections::{DomainField, Path as C};
    use enrollready::domain::enrollment::Path as E;
    use enrollready::domain::groups::{GroupField, Path as G};
    use enrollready::domain::licenses::Path as L;
    use enrollready::domain::recovery::Path as R;
    let portal = |id| Some(FieldPath::Portal(id));
    vec![
        ("company_name", |p, s| p.company_portal.company_name = s.into(), portal(FieldId::CompanyName)),
        ("it_contact_name", |p, s| p.company_portal.it_contact_name = s.into(), portal(FieldId::ItContactName)),
        ("it_phone", |p, s| p.company_portal.it_phone = s.into(), portal(FieldId::ItPhone)),
        ("it_email", |p, s| p.company_portal.it_email = s.into(), portal(FieldId::ItEmail)),
        ("additional_info", |p, s| p.company_portal.additional_info = s.into(), portal(FieldId::AdditionalInfo)),
        ("privacy_statement_url", |p, s| p.company_portal.privacy_statement_url = s.into(), portal(FieldId::PrivacyStatementUrl)),
        ("support_website_url", |p, s| p.company_portal.support_website_url = s.into(), portal(FieldId::SupportWebsiteUrl)),
        ("website_name", |p, s| p.company_portal.website_name = s.into(), portal(FieldId::WebsiteName)),
        ("theme_color", |p, s| p.company_portal.theme_color = s.into(), portal(FieldId::ThemeColor)),
        ("logo.file_name", |p, s| p.company_portal.logo_white_background.as_mut().unwrap().file_name = s.into(), None),
        ("domain.name", |p, s| p.connections.domains[0].name = s.into(), Some(FieldPath::Connections(C::Domain(0, DomainField::Name)))),
        ("group.name", |p, s| p.groups.groups[0].name = s.into(), Some(FieldPath::Groups(G::Group(0, GroupField::Name)))),
        ("group.purpose", |p, s| p.groups.groups[0].purpose = s.into(), Some(FieldPath::Groups(G::Group(0, GroupField::Purpose)))),
        ("licenses.who", |p, s| p.licenses.who = s.into(), Some(FieldPath::Licenses(L::Who))),
        ("apple.apple_id", |p, s| p.enrollment.apple.apple_id = s.into(), Some(FieldPath::Enrollment(E::AppleId))),
        ("apple.apns_expiry", |p, s| p.enrollment.apple.apns_expiry = s.into(), Some(FieldPath::Enrollment(E::ApnsExpiry))),
        ("apple.dep_token_expiry", |p, s| p.enrollment.apple.dep_token_expiry = s.into(), Some(FieldPath::Enrollment(E::DepTokenExpiry))),
        ("android_for_work.google_account", |p, s| p.enrollment.android_for_work.google_account = s.into(), Some(FieldPath::Enrollment(E::GoogleAccount))),
        ("corporate.dem_account", |p, s| p.enrollment.corporate.dem_account = s.into(), Some(FieldPath::Enrollment(E::DemAccount))),
        ("imei_csv.file_name", |p, s| imei(p).file_name = s.into(), Some(FieldPath::Enrollment(E::ImeiCsv))),
        ("recovery.configmgr_version", |p, s| p.recovery.configmgr_version = s.into(), Some(FieldPath::Recovery(R::ConfigMgrVersion))),
        ("recovery.intune_release", |p, s| p.recovery.intune_release = s.into(), Some(FieldPath::Recovery(R::IntuneRelease))),
        ("recovery.tenant_id", |p, s| p.recovery.tenant_id = s.into(), Some(FieldPath::Recovery(R::TenantId))),
        ("item.reason", |p, s| item(p, "S7-02").reason = s.into(), Some(FieldPath::Item("S7-02", ItemField::Reason))),
        ("item.owner", |p, s| item(p, "S4-01").owner = s.into(), None),
        ("item.note", |p, s| item(p, "S4-01").note = s.into(), None),
        ("item.due_date", |p, s| item(p, "S4-01").due_date = s.into(), Some(FieldPath::Item("S4-01", ItemField::DueDate))),
    ]
}

/// The outcome of a case: the findings on the field itself, and any change
/// elsewhere compared with the base plan (`+` new, `-` gone).
fn outcome(base: &[Finding], case: &[Finding], path: Option<FieldPath>) -> String {
    let own: Vec<String> = case
        .iter()
        .filter(|f| Some(f.path) == path)
        .map(finding_name)
        .collect();
    let mut parts = vec![if own.is_empty() {
        "ok".to_owned()
    } else {
        own.join(" ")
    }];
    let mut other: Vec<String> = case
        .iter()
        .filter(|f| Some(f.path) != path && !base.contains(f))
        .map(|f| format!("+{}", finding_name(f)))
        .collect();
    other.extend(
        base.iter()
            .filter(|f| Some(f.path) != path && !case.contains(f))
            .map(|f| format!("-{}", finding_name(f))),
    );
    if !other.is_empty() {
        parts.push(format!("elsewhere {}", other.join(" ")));
    }
    parts.join("; ")
}

#[test]
fn blns_in_every_text_field() {
    let strings = blns();
    assert!(strings.len() >= 480, "blns has {} entries", strings.len());
    let fields = text_fields();
    let base = base_plan();
    let base_findings = analyze(&base).findings;
    let mut problems = Vec::new();
    message_problems("base", &base_findings.iter().collect::<Vec<_>>(), &mut problems);
    let mut cases = Vec::new();
    let mut slowest = (Duration::ZERO, String::new());
    for (name, set, path) in &fields {
        for (i, s) in strings.iter().enumerate() {
            let id = format!("blns-{i:03}/{name}");
            let mut plan = base.clone();
            set(&mut plan, s);
            let started = Instant::now();
            let analysis = analyze(&plan);
            let took = started.elapsed();
            if took > slowest.0 {
                slowest = (took, id.clone());
            }
            let json = to_json(&plan);
            match format::from_json(&json) {
                Ok(env) if env.plan == plan => {}
                Ok(_) => problems.push(format!("{id}: the plan changed on the round trip")),
                Err(e) => problems.push(format!("{id}: its own file is refused: {e:?}")),
            }
            let new: Vec<&Finding> = analysis
                .findings
                .iter()
                .filter(|f| !base_findings.contains(f))
                .collect();
            message_problems(&id, &new, &mut problems);
            cases.push(Case {
                input: describe(s),
                outcome: outcome(&base_findings, &analysis.findings, *path),
                id,
            });
        }
    }
    println!(
        "blns: {} strings x {} text fields = {} cases; slowest analysis {:?} ({}), bound 50 ms: {}",
        strings.len(),
        fields.len(),
        cases.len(),
        slowest.0,
        slowest.1,
        if slowest.0 < Duration::from_millis(50) {
            "under"
        } else {
            "OVER"
        }
    );
    assert!(
        problems.is_empty(),
        "{} problems; the first:\n  {}",
        problems.len(),
        problems.iter().take(10).cloned().collect::<Vec<_>>().join("\n  ")
    );
    check_expected("blns", &cases);
}
