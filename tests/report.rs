//! The report's cover fields ("Prepared by", "Prepared for") in the plan, the
//! file and the form tables, and the report model built from the golden
//! fixtures: what it holds agrees with the analysis, in both languages.

mod common;

use std::path::PathBuf;

use common::ctx;
use enrollready::domain::checklist::ItemStatus;
use enrollready::domain::edit::{At, Field, Value};
use enrollready::domain::form::{self, Input, OVERVIEW_CONTROLS};
use enrollready::domain::report_info::{Path, MAX_LEN};
use enrollready::domain::{analyze, Action, Code, FieldPath, History, Plan, Severity, StepId};
use enrollready::format::{self, FileMeta};
use enrollready::i18n::{finding_message, Locale, ReportText};
use enrollready::report::{self, Report};

fn load(name: &str) -> Plan {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export/v1")
        .join(name);
    format::from_json(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .plan
}

fn build(plan: &Plan, l: Locale) -> Report {
    let a = analyze(plan, &ctx());
    report::build(
        plan,
        &a,
        &report::Context {
            ruleset: ctx().ruleset,
            locale: l,
            today: ctx().today,
            app_version: "9.9.9",
        },
    )
}

#[test]
fn the_fields_are_written_only_when_set_and_read_back_with_unknown_members() {
    let plan = Plan::default();
    let text = format::to_json(&plan, &FileMeta::default(), "").unwrap();
    assert!(!text.contains("\"report\""), "{text}");

    let text = r#"{"format":"enrollready-plan","schema_version":1,
        "plan":{"report":{"prepared_by":" Jan de Vries ","x_future":[1]}}}"#;
    let env = format::from_json(text).unwrap();
    assert_eq!(env.plan.report.prepared_by, " Jan de Vries ");
    assert_eq!(env.plan.report.prepared_for, "");
    let out = format::to_json(&env.plan, &env.meta(), "").unwrap();
    assert!(
        out.contains(r#""report":{"prepared_by":" Jan de Vries ","x_future":[1]}"#),
        "{out}"
    );
    assert!(!out.contains("prepared_for"), "{out}");
    assert_eq!(format::from_json(&out).unwrap().plan, env.plan);

    // A wrong type is refused with its position, like any other field.
    let bad =
        r#"{"format":"enrollready-plan","schema_version":1,"plan":{"report":{"prepared_for":7}}}"#;
    assert!(matches!(
        format::from_json(bad),
        Err(format::ImportError::BadStructure { line: 1, .. })
    ));
}

#[test]
fn the_overview_table_edits_the_fields_with_undo() {
    let labels: Vec<(&str, &str, &str)> = OVERVIEW_CONTROLS
        .iter()
        .map(|c| (c.key, c.label.get(Locale::En), c.label.get(Locale::Nl)))
        .collect();
    assert_eq!(
        labels,
        vec![
            ("prepared-by", "Prepared by", "Opgesteld door"),
            ("prepared-for", "Prepared for", "Opgesteld voor"),
        ]
    );
    let mut plan = Plan::default();
    let mut history = History::new();
    let by = &OVERVIEW_CONTROLS[0];
    for (t, text) in [(0, "J"), (100, "Ja"), (200, "Jan")] {
        let action = by.action(At::Plan, Input::Text(text)).unwrap();
        history.apply(&mut plan, action, t);
    }
    assert_eq!(plan.report.prepared_by, "Jan");
    assert_eq!(by.read(&plan, At::Plan), Some(Value::Text("Jan".into())));
    plan.apply(Action::Set(
        Field::PreparedFor,
        At::Plan,
        Value::Text("Contoso".into()),
    ));
    assert_eq!(plan.report.prepared_for, "Contoso");
    // Typing merged into one step: one undo empties the field.
    assert!(history.undo(&mut plan));
    assert_eq!(plan.report.prepared_by, "");
    assert!(history.redo(&mut plan));
    assert_eq!(plan.report.prepared_by, "Jan");
    // A wrong kind of value changes nothing.
    assert_eq!(
        plan.apply_reversible(Action::Set(Field::PreparedBy, At::Plan, Value::Bool(true))),
        None
    );
}

#[test]
fn a_long_name_is_a_note_on_its_control_and_on_the_cover() {
    let mut plan = Plan::default();
    plan.report.prepared_for = "x".repeat(MAX_LEN + 5);
    let a = analyze(&plan, &ctx());
    let path = FieldPath::Report(Path::PreparedFor);
    let mine: Vec<_> = a.for_path(path).collect();
    assert_eq!(mine.len(), 1);
    assert_eq!(mine[0].severity, Severity::Info);
    assert_eq!(
        mine[0].code,
        Code::TooLong {
            max: MAX_LEN,
            actual: MAX_LEN + 5
        }
    );
    assert_eq!(form::dom_id(path).as_deref(), Some("prepared-for"));
    assert_eq!(OVERVIEW_CONTROLS[1].path(At::Plan), Some(path));
    // Notes count nowhere.
    assert_eq!(
        a.readiness,
        analyze(&Plan::default(), &ctx()).readiness,
        "a note changed readiness"
    );
    let r = build(&plan, Locale::Nl);
    assert_eq!(r.cover.findings.len(), 1);
    assert_eq!(r.cover.findings[0].field, "Opgesteld voor");
    assert_eq!(r.cover.findings[0].severity_word, "Opmerking");
    assert!(r
        .steps
        .iter()
        .all(|s| s.findings.iter().all(|f| f.field != "Opgesteld voor")));
}

#[test]
fn the_model_agrees_with_the_analysis_for_every_fixture() {
    for name in [
        "minimal.json",
        "full.json",
        "step1-connections.json",
        "step2-mdm-authority.json",
        "step3-groups.json",
        "step4-company-portal.json",
        "step5-licenses.json",
        "step6-enrollment.json",
        "step7-next-steps.json",
        "recovery-wrong-authority.json",
    ] {
        let plan = load(name);
        let a = analyze(&plan, &ctx());
        let overall = a.readiness.overall.clone().unwrap();
        for l in Locale::ALL {
            let r = build(&plan, l);
            assert_eq!(r.language, l.code());
            // Every finding once: on the cover or in its step.
            let listed: usize =
                r.cover.findings.len() + r.steps.iter().map(|s| s.findings.len()).sum::<usize>();
            assert_eq!(listed, a.findings.len(), "{name}");
            for f in &a.findings {
                let m = finding_message(&f.code, l);
                let step = &r.steps[f.path.step(ctx().ruleset) as usize];
                assert!(step.findings.iter().any(|x| x.message == m), "{name}: {m}");
            }
            // Steps in the page's order, with its headings.
            let titles: Vec<&str> = r.steps.iter().map(|s| s.title.as_str()).collect();
            let want: Vec<&str> = form::FORMS.iter().map(|f| f.title.get(l)).collect();
            assert_eq!(titles, want);
            // The summary's counts are the readiness' counts.
            assert_eq!(r.summary.blockers, overall.blockers, "{name}");
            assert_eq!(r.summary.warnings, overall.warnings, "{name}");
            assert_eq!(r.summary.percent, overall.percent());
            assert_eq!(
                r.summary.open_items,
                overall.applicable - overall.done,
                "{name}: open items"
            );
            assert_eq!(r.open_items.rows.len() as u32, r.summary.open_items);
            // Items: the ones that apply, with their status.
            for s in &r.steps {
                for i in &s.items {
                    assert_ne!(i.label, i.id, "{name}: {} has no label", i.id);
                    let open = i.status == "not_started" || i.status == "in_progress";
                    assert!(!i.open || open);
                }
            }
            assert_eq!(r.dns_records.rows.len(), a.connections.cname_records.len());
            // The cover: date, ruleset and version always; the company and
            // "Prepared by/for" only when they say something (issue 16).
            let said = [
                &plan.company_portal.company_name,
                &plan.report.prepared_by,
                &plan.report.prepared_for,
            ]
            .into_iter()
            .filter(|v| !v.trim().is_empty())
            .count();
            assert_eq!(r.cover.rows.len(), 3 + said, "{name}");
            assert!(
                r.cover.rows.iter().all(|row| !row.value.is_empty()),
                "{name}"
            );
            for s in &r.steps {
                assert!(s.values.iter().all(|row| !row.value.is_empty()), "{name}");
            }
            assert_eq!(r.sign_off.rows.len(), 2);
        }
    }
}

#[test]
fn the_full_report_reads_as_expected() {
    let mut plan = load("full.json");
    plan.report.prepared_by = "Jan de Vries, Fabrikam".into();
    plan.report.prepared_for = "Contoso IT".into();
    let en = build(&plan, Locale::En);
    let cover: Vec<(&str, &str)> = en
        .cover
        .rows
        .iter()
        .map(|r| (r.label.as_str(), r.value.as_str()))
        .collect();
    assert_eq!(cover[1], ("Prepared by", "Jan de Vries, Fabrikam"));
    assert_eq!(cover[2], ("Prepared for", "Contoso IT"));
    assert_eq!(cover[3], ("Date", "10 October 2017"));
    assert_eq!(
        cover[4],
        (
            "Ruleset",
            "intune-classic-2017 (the 2017 classic Intune console, as of 31 May 2017)"
        )
    );
    // The CSV and the command line name it too.
    assert_eq!(en.ruleset.value, cover[4].1);
    assert_eq!(cover[5], ("Enrollready version", "9.9.9"));
    assert_eq!(en.sign_off.rows[0][1], "Jan de Vries, Fabrikam");
    let nl = build(&plan, Locale::Nl);
    assert_eq!(nl.cover.rows[3].value, "10 oktober 2017");
    assert_eq!(
        (nl.words.page.as_str(), nl.words.page_of.as_str()),
        ("Pagina", "van")
    );
    assert_eq!(
        nl.summary.heading,
        ReportText::ExecutiveSummary.get(Locale::Nl)
    );
    // Step 1 lists the domains as the page does, step 6 only visible values.
    let s1 = &en.steps[StepId::Connections as usize];
    let list = s1.list.as_ref().unwrap();
    assert_eq!(list.heading, "Custom domains");
    assert_eq!(
        list.columns,
        [
            "Domain name",
            "Used as UPN suffix",
            "Verified in the tenant"
        ]
    );
    assert_eq!(list.rows[0], ["contoso.nl", "Yes", "Yes"]);
    let nl1 = &nl.steps[StepId::Connections as usize];
    assert_eq!(nl1.list.as_ref().unwrap().rows[2][1], "Nee");
    // Statuses in words.
    let done = en
        .steps
        .iter()
        .flat_map(|s| &s.items)
        .find(|i| i.status == "done")
        .expect("the full fixture has a done item");
    assert_eq!(done.status_word, "Done");
    assert!(plan
        .checklist
        .get(done.id)
        .is_some_and(|s| s.status == ItemStatus::Done));
}

#[test]
fn the_recovery_fixture_shows_the_decision_and_its_checklist() {
    let plan = load("recovery-wrong-authority.json");
    let r = build(&plan, Locale::En);
    let d = &r.decision;
    assert!(d.lines.len() > 1, "{:?}", d.lines);
    assert_eq!(d.checklists.len(), 1, "{:?}", d.checklists);
    assert!(d.checklists[0].title.starts_with("Checklist A:"));
    assert!(d.checklists[0]
        .items
        .iter()
        .all(|t| t.id.starts_with("RST-A-")));
    let a = analyze(&plan, &ctx());
    for t in &d.checklists[0].items {
        let done = plan
            .checklist
            .get(t.id)
            .is_some_and(|s| s.status == ItemStatus::Done);
        assert_eq!(t.done, done, "{}", t.id);
    }
    assert_eq!(
        d.checklists[0].items.len(),
        a.recovery.items.len(),
        "every item of the list"
    );
    // How long the reset takes (seed l.213) is in the support section, also
    // while the request is not ready; once it is, the notice follows the
    // request, outside it (review 2, §2.1).
    let notice = enrollready::i18n::recovery::notice_text(&a.recovery.notice.unwrap(), Locale::En);
    assert!(
        notice.iter().all(|n| d.support.contains(n)),
        "{:?}",
        d.support
    );
    let mut ready = plan.clone();
    for id in &a.recovery.items {
        ready.checklist.entry((*id).into()).or_default().status = ItemStatus::Done;
    }
    ready.recovery.checklist_confirmed = true;
    let support = build(&ready, Locale::En).decision.support;
    let request = support
        .iter()
        .position(|x| {
            x.contains("Scenario: Reset MDM authority from Intune to Configuration Manager")
        })
        .expect("the request is in the report");
    let first_notice = support.iter().position(|x| *x == notice[0]).unwrap();
    assert!(first_notice > request, "{support:?}");
    // A plan that does not use the recovery path says so.
    let r = build(&load("full.json"), Locale::Nl);
    assert_eq!(
        r.decision.lines,
        [ReportText::RecoveryNotInUse.get(Locale::Nl)]
    );
    assert!(r.decision.checklists.is_empty());
}
