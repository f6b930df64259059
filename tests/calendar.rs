//! Renewals and due dates as an iCalendar file (issue 14, "Calendar"). Every
//! file is read back with an independent parser (the `ical` crate), not with
//! the code that wrote it: events, stable UIDs, alarms, escaping of user
//! text, folding at 75 octets without splitting a character, CRLF line ends.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::ctx;
use enrollready::domain::{analyze, Action, Date, ItemState, ItemStatus, Plan};
use enrollready::format;
use enrollready::i18n::Locale;
use enrollready::report::calendar::{self, Context};
use ical::parser::ical::component::{IcalCalendar, IcalEvent};

const STAMP: &str = "20171010T120000Z";

fn cx(l: Locale) -> Context<'static> {
    Context {
        ruleset: ctx().ruleset,
        locale: l,
        stamp: STAMP,
    }
}

fn ics(plan: &Plan, l: Locale) -> String {
    calendar::calendar(plan, &analyze(plan, &ctx()), &cx(l))
}

/// Reads a file with the independent parser; checks the lines on the way.
fn parse(text: &str) -> IcalCalendar {
    assert!(text.ends_with("\r\n"), "the last line ends with CRLF");
    for line in text.split("\r\n") {
        assert!(
            !line.contains('\n') && !line.contains('\r'),
            "bare line end: {line:?}"
        );
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
    let mut cals: Vec<IcalCalendar> = ical::IcalParser::new(text.as_bytes())
        .collect::<Result<_, _>>()
        .expect("a valid iCalendar file");
    assert_eq!(cals.len(), 1);
    cals.remove(0)
}

fn prop<'a>(e: &'a IcalEvent, name: &str) -> &'a str {
    e.properties
        .iter()
        .find(|p| p.name == name)
        .and_then(|p| p.value.as_deref())
        .unwrap_or_else(|| panic!("no {name}"))
}

/// RFC 5545 §3.3.11, written independently of the writer.
fn unescape(v: &str) -> String {
    let mut out = String::new();
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn fixture(name: &str) -> Plan {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export/v1")
        .join(name);
    format::import(&std::fs::read(path).unwrap()).unwrap().plan
}

fn plan_with_dates() -> Plan {
    let mut plan = Plan::default();
    plan.company_portal.company_name = "Contoso".into();
    plan.enrollment.platforms.ios_mac = true;
    plan.enrollment.apple.apns_expiry = "2018-03-01".into();
    plan.apply(Action::SetItem(
        "S1-01".into(),
        ItemState {
            status: ItemStatus::InProgress,
            due_date: "2017-11-15".into(),
            owner: "Jan; de Vries, IT".into(),
            note: "Line one\nline two \\ with a backslash".into(),
            ..ItemState::default()
        },
    ));
    plan
}

#[test]
fn every_fixture_reads_back_in_both_languages() {
    for name in [
        "full.json",
        "minimal.json",
        "step6-enrollment.json",
        "recovery-wrong-authority.json",
    ] {
        let plan = fixture(name);
        for l in Locale::ALL {
            let text = ics(&plan, l);
            let cal = parse(&text);
            let want = calendar::events(&plan, &analyze(&plan, &ctx()), &cx(l));
            assert_eq!(cal.events.len(), want.len(), "{name}");
            let mut uids: Vec<&str> = cal.events.iter().map(|e| prop(e, "UID")).collect();
            uids.sort();
            uids.dedup();
            assert_eq!(uids.len(), want.len(), "{name}: UIDs are unique");
            for (e, w) in cal.events.iter().zip(&want) {
                assert_eq!(prop(e, "UID"), w.uid);
                assert_eq!(prop(e, "DTSTAMP"), STAMP);
                assert_eq!(unescape(prop(e, "SUMMARY")), w.summary);
                assert_eq!(unescape(prop(e, "DESCRIPTION")), w.description);
                assert_eq!(e.alarms.len(), w.alarms.len());
            }
        }
    }
}

#[test]
fn an_expiry_has_its_event_a_renewal_30_days_before_and_alarms() {
    let plan = plan_with_dates();
    let cal = parse(&ics(&plan, Locale::En));
    let find = |what: &str| {
        cal.events
            .iter()
            .find(|e| prop(e, "UID").starts_with(what))
            .unwrap_or_else(|| panic!("no {what} event"))
    };
    let expires = find("apns-expires");
    assert_eq!(prop(expires, "DTSTART"), "20180301");
    assert_eq!(prop(expires, "DTEND"), "20180302", "an all-day event");
    let params = expires
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .and_then(|p| p.params.clone())
        .unwrap();
    assert_eq!(params, vec![("VALUE".to_owned(), vec!["DATE".to_owned()])]);
    assert!(prop(expires, "SUMMARY").contains("Apple MDM push certificate expires"));
    assert!(unescape(prop(expires, "SUMMARY")).contains("(Contoso)"));
    assert_eq!(expires.alarms.len(), 2);
    // 30 days before: the first day of the ruleset's renewal window.
    let renew = find("apns-renew");
    let expected = Date::new(2018, 3, 1).unwrap().add_days(-30);
    assert_eq!(
        prop(renew, "DTSTART"),
        format!(
            "{:04}{:02}{:02}",
            expected.year(),
            expected.month(),
            expected.day()
        )
    );
    assert!(unescape(prop(renew, "DESCRIPTION")).contains("expires in 30 days"));
    // Dutch.
    let nl = parse(&ics(&plan, Locale::Nl));
    assert!(nl
        .events
        .iter()
        .any(|e| unescape(prop(e, "SUMMARY")).starts_with("Apple MDM-pushcertificaat verloopt")));
}

#[test]
fn a_due_date_is_an_event_until_the_item_is_done_and_user_text_is_escaped() {
    let mut plan = plan_with_dates();
    let text = ics(&plan, Locale::En);
    let cal = parse(&text);
    let item = cal
        .events
        .iter()
        .find(|e| prop(e, "UID").starts_with("item-S1-01"))
        .expect("the item's event");
    assert_eq!(prop(item, "DTSTART"), "20171115");
    let description = unescape(prop(item, "DESCRIPTION"));
    assert!(
        description.starts_with("Step 1: Enable connections. "),
        "{description}"
    );
    assert!(
        description.contains("\nOwner: Jan; de Vries, IT"),
        "{description}"
    );
    assert!(description.contains("\nNote: Line one\nline two \\ with a backslash"));
    // The raw text (unfolded) has every special character escaped.
    assert!(text.replace("\r\n ", "").contains("Jan\\; de Vries\\, IT"));
    // Done: no event.
    plan.apply(Action::SetItem(
        "S1-01".into(),
        ItemState {
            status: ItemStatus::Done,
            due_date: "2017-11-15".into(),
            ..ItemState::default()
        },
    ));
    assert!(!ics(&plan, Locale::En).contains("item-S1-01"));
}

#[test]
fn uids_are_stable_across_edits_and_differ_between_companies() {
    let plan = plan_with_dates();
    let uids = |p: &Plan| -> Vec<String> {
        parse(&ics(p, Locale::En))
            .events
            .iter()
            .map(|e| prop(e, "UID").to_owned())
            .collect()
    };
    let before = uids(&plan);
    let mut edited = plan.clone();
    edited.apply(Action::SetItem(
        "S1-01".into(),
        ItemState {
            status: ItemStatus::InProgress,
            due_date: "2017-11-20".into(),
            note: "another note".into(),
            ..ItemState::default()
        },
    ));
    edited.enrollment.apple.apns_expiry = "2018-04-01".into();
    assert_eq!(
        uids(&edited),
        before,
        "a newer file updates the same events"
    );
    // In Dutch too: the same events.
    let nl: Vec<String> = parse(&ics(&plan, Locale::Nl))
        .events
        .iter()
        .map(|e| prop(e, "UID").to_owned())
        .collect();
    assert_eq!(nl, before);
    // The company's name in any case: the same; another company: others.
    let mut upper = plan.clone();
    upper.company_portal.company_name = "CONTOSO".into();
    assert_eq!(uids(&upper), before);
    let mut other = plan.clone();
    other.company_portal.company_name = "Fabrikam".into();
    assert!(uids(&other).iter().all(|u| !before.contains(u)));
}

#[test]
fn long_text_folds_between_characters() {
    let mut plan = plan_with_dates();
    plan.company_portal.company_name = "Zoë Ünïcødé €€€ 日本語の会社名 ".repeat(4);
    let text = ics(&plan, Locale::Nl);
    // Every physical line is valid UTF-8 on its own (no character split).
    for line in text.as_bytes().split(|b| *b == b'\n') {
        assert!(std::str::from_utf8(line).is_ok());
    }
    let cal = parse(&text);
    assert!(cal
        .events
        .iter()
        .all(|e| unescape(prop(e, "SUMMARY")).contains("日本語の会社名")));
}

#[test]
fn the_stamp_comes_from_an_rfc3339_time() {
    assert_eq!(
        calendar::stamp_from_rfc3339("2026-12-04T18:40:05.123Z").as_deref(),
        Some("20261204T184005Z")
    );
    assert_eq!(
        calendar::stamp_from_rfc3339("2026-12-04T18:40:05Z").as_deref(),
        Some("20261204T184005Z")
    );
    for bad in [
        "",
        "2026-12-04",
        "2026-12-04T25:00:00Z",
        "2026-12-04T18:40:05+01:00",
    ] {
        assert_eq!(calendar::stamp_from_rfc3339(bad), None, "{bad}");
    }
}

#[test]
fn the_command_line_writes_the_calendar() {
    let full = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1/full.json");
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_enrollready"))
            .args(args)
            .output()
            .unwrap()
    };
    let o = run(&["calendar", full.to_str().unwrap(), "--today", "2017-10-10"]);
    assert_eq!(o.status.code(), Some(0));
    let text = String::from_utf8(o.stdout).unwrap();
    let cal = parse(&text);
    assert!(!cal.events.is_empty());
    assert!(cal
        .events
        .iter()
        .all(|e| prop(e, "DTSTAMP") == "20171010T000000Z"));
    let out = std::env::temp_dir().join(format!("enrollready-{}.ics", std::process::id()));
    let o = run(&[
        "calendar",
        full.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--today",
        "2017-10-10",
        "--lang",
        "nl",
    ]);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    assert!(parse(&written).events.len() == cal.events.len());
    assert!(written.contains("Stap 6"));
    std::fs::remove_file(&out).ok();
    // -o belongs to calendar.
    let o = run(&["check", full.to_str().unwrap(), "-o", "x.ics"]);
    assert_eq!(o.status.code(), Some(2));
}

#[cfg(feature = "arbitrary")]
mod random {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any owner, note and company name reads back unchanged (trimmed,
        /// as the page shows them), within 75-octet lines.
        #[test]
        fn any_user_text_reads_back(
            company in "[a-zA-Zé€日 ;,\\\\]{0,60}",
            owner in "[a-zA-Z0-9 ;,:\\\\\\n\"'é€日本]{0,120}",
            note in "[a-zA-Z0-9 ;,:\\\\\\n\\r\\t\"'é€日本]{0,300}",
        ) {
            let mut plan = plan_with_dates();
            plan.company_portal.company_name = company;
            plan.apply(Action::SetItem(
                "S1-01".into(),
                ItemState {
                    status: ItemStatus::InProgress,
                    due_date: "2017-11-15".into(),
                    owner,
                    note,
                    ..ItemState::default()
                },
            ));
            for l in Locale::ALL {
                let want = calendar::events(&plan, &analyze(&plan, &ctx()), &cx(l));
                let cal = parse(&ics(&plan, l));
                prop_assert_eq!(cal.events.len(), want.len());
                for (e, w) in cal.events.iter().zip(&want) {
                    // Control characters other than line breaks are dropped.
                    let clean = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n").replace('\t', "");
                    prop_assert_eq!(unescape(prop(e, "SUMMARY")), clean(&w.summary));
                    prop_assert_eq!(unescape(prop(e, "DESCRIPTION")), clean(&w.description));
                }
            }
        }
    }
}
