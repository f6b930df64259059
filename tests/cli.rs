//! The command-line tool, run as the built binary on the golden fixtures:
//! exit codes, the findings it names, the report as Markdown, CSV and JSON in
//! both languages, damaged files and bad arguments.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use enrollready::domain::{analyze, ruleset, Ctx, Date, Severity};
use enrollready::format;
use enrollready::i18n::{builder, finding_message, Locale, ReportText, Text};
use enrollready::report;

const TODAY: &str = "2017-10-10";

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1")
}

fn fixture_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixtures())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "{names:?}");
    names
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_enrollready"))
        .args(args)
        .output()
        .expect("run the binary")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("UTF-8 errors")
}

/// A file of its own in the temporary folder, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn new(name: &str, content: &[u8]) -> TempFile {
        let path =
            std::env::temp_dir().join(format!("enrollready-cli-{}-{name}", std::process::id()));
        std::fs::write(&path, content).unwrap();
        TempFile(path)
    }
    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn ctx() -> Ctx {
    Ctx {
        today: Date::parse(TODAY).unwrap(),
        ruleset: &ruleset::CLASSIC_2017,
    }
}

/// The context of a file: the ruleset it names (a file keeps its rules).
fn ctx_of(env: &format::Envelope) -> Ctx {
    Ctx {
        ruleset: ruleset::by_id(&env.ruleset).unwrap(),
        ..ctx()
    }
}

/// The report the library builds for a file, to compare the binary with.
fn expected(path: &Path, l: Locale) -> report::Report {
    let env = format::import(&std::fs::read(path).unwrap()).unwrap();
    let a = analyze(&env.plan, &ctx_of(&env));
    report::build(
        &env.plan,
        &a,
        &report::Context {
            ruleset: ctx_of(&env).ruleset,
            locale: l,
            today: ctx().today,
            app_version: env!("CARGO_PKG_VERSION"),
        },
    )
}

#[test]
fn check_exits_1_with_blockers_and_names_every_finding() {
    let mut codes = Vec::new();
    for name in fixture_names() {
        let path = fixtures().join(&name);
        let env = format::import(&std::fs::read(&path).unwrap()).unwrap();
        let a = analyze(&env.plan, &ctx_of(&env));
        let blockers = a.readiness.overall.as_ref().unwrap().blockers;
        for l in Locale::ALL {
            let o = run(&[
                "check",
                path.to_str().unwrap(),
                "--today",
                TODAY,
                "--lang",
                l.code(),
            ]);
            let out = stdout(&o);
            let want = if blockers > 0 { 1 } else { 0 };
            assert_eq!(
                o.status.code(),
                Some(want),
                "{name} {l:?}:\n{out}{}",
                stderr(&o)
            );
            assert!(stderr(&o).is_empty(), "{name}: {}", stderr(&o));
            assert!(
                out.contains(&builder::meter_text(
                    a.readiness.overall.as_ref().unwrap(),
                    l
                )),
                "{name} {l:?}: no readiness line\n{out}"
            );
            // The ruleset is named, with its date (issue 13).
            let rules = enrollready::i18n::report::ruleset_name(ctx_of(&env).ruleset, l);
            assert!(out.contains(&rules), "{name} {l:?}: no ruleset\n{out}");
            for f in &a.findings {
                let m = finding_message(&f.code, l);
                assert!(
                    out.contains(&m),
                    "{name} {l:?}: missing finding {m:?}\n{out}"
                );
            }
            assert!(out.contains(Text::StepConnectionsTitle.get(l)));
            // The recovery path belongs to the 2017 rules only.
            let recovery = ctx_of(&env)
                .ruleset
                .offers(enrollready::domain::StepId::Recovery);
            assert_eq!(
                out.contains(Text::StepRecoveryTitle.get(l)),
                recovery,
                "{name} {l:?}: the recovery path"
            );
            let problems = a.count(Severity::Blocker);
            if problems > 0 {
                assert!(out.contains(Text::SeverityBlocker.get(l)), "{name} {l:?}");
            }
        }
        codes.push(blockers > 0);
    }
    // Both outcomes occur, with a plan that has a blocker of its own too.
    let bad = TempFile::new(
        "blocker.json",
        br#"{"format":"enrollready-plan","schema_version":1,
            "plan":{"company_portal":{"company_name":"Contoso & Co"}}}"#,
    );
    let o = run(&["check", bad.path(), "--today", TODAY]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("Problem: Company name: Letters, digits and spaces only"));
    codes.push(true);
    let good = TempFile::new(
        "good.json",
        br#"{"format":"enrollready-plan","schema_version":1,
            "plan":{"company_portal":{"company_name":"Contoso"}}}"#,
    );
    let o = run(&["check", good.path(), "--today", TODAY]);
    assert_eq!(o.status.code(), Some(0), "{}", stdout(&o));
    assert!(codes.contains(&true));
}

#[test]
fn report_in_three_formats_and_both_languages() {
    let full = fixtures().join("full.json");
    let p = full.to_str().unwrap();
    for l in Locale::ALL {
        let want = expected(&full, l);
        let lang = l.code();

        let md = run(&[
            "report", p, "--format", "md", "--lang", lang, "--today", TODAY,
        ]);
        assert_eq!(md.status.code(), Some(0), "{}", stderr(&md));
        let md = stdout(&md);
        assert!(
            md.starts_with(&format!("# {}: ", ReportText::Title.get(l))),
            "{md}"
        );
        assert_eq!(md, report::markdown::render(&want) + "\n");
        for s in &want.steps {
            assert!(md.contains(&format!("## {}", report::markdown::escape(&s.title))));
        }
        assert!(!want.dns_records.rows.is_empty());
        for r in &want.dns_records.rows {
            assert!(md.contains(&report::markdown::cell(&r[0])), "{md}");
        }
        for t in [
            ReportText::ExecutiveSummary.get(l),
            ReportText::SignOff.get(l),
            ReportText::OpenItems.get(l),
            Text::DnsRecords.get(l),
        ] {
            assert!(md.contains(&format!("## {t}")), "{t}");
        }

        let csv = run(&[
            "report",
            p,
            "--format=csv",
            "--lang",
            lang,
            "--today",
            TODAY,
        ]);
        assert_eq!(csv.status.code(), Some(0));
        assert!(
            csv.stdout.starts_with(&[0xEF, 0xBB, 0xBF]),
            "no byte-order mark"
        );
        let csv = stdout(&csv);
        assert_eq!(csv, report::csv::render(&want));
        let lines: Vec<&str> = csv
            .trim_start_matches('\u{FEFF}')
            .split_terminator("\r\n")
            .collect();
        assert_eq!(
            lines[0],
            [
                ReportText::Step.get(l),
                ReportText::Item.get(l),
                Text::ItemStatus.get(l),
                Text::ItemOwner.get(l),
                Text::ItemDueDate.get(l),
                Text::ItemNote.get(l),
                ReportText::Ruleset.get(l),
            ]
            .join(",")
        );
        // Every row names the ruleset (issue 13).
        assert!(lines[1..]
            .iter()
            .all(|row| row.contains("intune-classic-2017")));
        let items: usize = want.steps.iter().map(|s| s.items.len()).sum();
        assert_eq!(lines.len(), 1 + items);
        assert!(!csv.replace("\r\n", "").contains('\n'), "bare LF line ends");

        let json = run(&[
            "report", p, "--format", "json", "--lang", lang, "--today", TODAY,
        ]);
        assert_eq!(json.status.code(), Some(0));
        let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
        assert_eq!(v["language"], lang);
        assert_eq!(v["steps"].as_array().unwrap().len(), 8);
        assert_eq!(v["title"], ReportText::Title.get(l));
        assert_eq!(v, serde_json::to_value(&want).unwrap());
    }
}

#[test]
fn user_text_cannot_inject_markup_or_formulas() {
    let plan = TempFile::new(
        "hostile.json",
        br#"{"format":"enrollready-plan","schema_version":1,
            "plan":{
              "company_portal":{"company_name":"<script>alert(1)</script>"},
              "report":{"prepared_by":"[click](javascript:alert(1))\n# Owned","prepared_for":"=cmd|' /C calc'!A0"},
              "checklist":{"S1-01":{"owner":"=HYPERLINK(\"http://x\",\"y\")","note":"-2+3\r\nline, two"}}}}"#,
    );
    let md = stdout(&run(&[
        "report",
        plan.path(),
        "--format",
        "md",
        "--today",
        TODAY,
    ]));
    assert!(
        !md.contains("<script>") && !md.contains("](javascript"),
        "{md}"
    );
    assert!(!md.contains("\n# Owned"), "{md}");
    assert!(md.contains("\\<script\\>alert\\(1\\)\\</script\\>"), "{md}");
    assert!(
        md.contains("\\[click\\]\\(javascript:alert\\(1\\)\\) \\# Owned"),
        "{md}"
    );
    let csv = stdout(&run(&[
        "report",
        plan.path(),
        "--format",
        "csv",
        "--today",
        TODAY,
    ]));
    assert!(
        csv.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","),
        "{csv}"
    );
    // The note is the last column before the ruleset.
    assert!(
        csv.contains(",\"'-2+3\r\nline, two\",\"intune-classic-2017 (the 2017 classic Intune console, as of 31 May 2017)\"\r\n"),
        "{csv}"
    );
    // The cover carries both fields.
    assert!(
        md.contains("| Prepared for | \\=cmd\\|' /C calc'\\!A0 |"),
        "{md}"
    );
}

#[test]
fn unreadable_files_exit_with_2() {
    let full = std::fs::read(fixtures().join("full.json")).unwrap();
    let cut = TempFile::new("cut.json", &full[..full.len() / 2]);
    for l in Locale::ALL {
        let o = run(&["check", cut.path(), "--lang", l.code()]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stdout(&o).is_empty());
        let err = stderr(&o);
        let want = match l {
            Locale::En => "The file is not valid JSON: error at line",
            Locale::Nl => "Het bestand is geen geldige JSON: fout op regel",
        };
        assert!(err.contains(cut.path()) && err.contains(want), "{err}");
    }
    let other = TempFile::new("other.json", br#"{"hello":"world"}"#);
    let o = run(&["report", other.path(), "--format", "md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("not an Enrollready plan"),
        "{}",
        stderr(&o)
    );
    let o = run(&["check", "/nonexistent/plan.json"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("does not exist"), "{}", stderr(&o));
    let o = run(&["check", env!("CARGO_MANIFEST_DIR")]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("folder"), "{}", stderr(&o));
    // Over 5 MiB: refused from its size.
    let mut big = full.clone();
    big.resize(format::MAX_IMPORT_BYTES as usize + 1, b' ');
    let big = TempFile::new("big.json", &big);
    let o = run(&["report", big.path(), "--format", "csv", "--lang", "nl"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("planbestanden van maximaal 5.242.880 bytes"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_arguments_exit_with_2_and_help_with_0() {
    let p = fixtures().join("minimal.json");
    let p = p.to_str().unwrap();
    for (args, says) in [
        (vec![], "name a command"),
        (vec!["lint", p], "unknown command \"lint\""),
        (vec!["check"], "name the plan file"),
        (vec!["check", p, "--lang", "de"], "--lang must be en or nl"),
        (
            vec!["check", p, "--today", "10-10-2017"],
            "--today must be a date",
        ),
        (
            vec!["report", p, "--format", "pdf"],
            "--format must be md, csv or json",
        ),
        (vec!["report", p], "report needs --format"),
        (
            vec!["check", p, "--verbose"],
            "unknown option \"--verbose\"",
        ),
        (vec!["check", p, p], "one plan file at a time"),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stdout(&o).is_empty());
        let err = stderr(&o);
        assert!(
            err.contains(says) && err.contains("--help"),
            "{args:?}: {err}"
        );
    }
    let o = run(&["check", p, "--lang", "nl", "--today", "gisteren"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("--today moet een datum"),
        "{}",
        stderr(&o)
    );
    for (args, says) in [
        (vec!["--help"], "Usage:"),
        (vec!["-h", "--lang", "nl"], "Gebruik:"),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(0));
        assert!(stdout(&o).contains(says) && stdout(&o).contains("enrollready report"));
    }
}

#[test]
fn today_defaults_to_the_clock() {
    // The step 6 fixture's APNs certificate expired long before today, and
    // was still valid on 2017-10-10.
    let p = fixtures().join("step6-enrollment.json");
    let p = p.to_str().unwrap();
    let then = stdout(&run(&["check", p, "--today", TODAY]));
    let now = stdout(&run(&["check", p]));
    assert_ne!(then, now);
}
