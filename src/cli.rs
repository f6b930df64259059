//! The command-line tool, built from the same core as the page and without
//! any browser crate (only for native targets; the page never contains it):
//!
//! ```text
//! enrollready check plan.json [--lang en|nl] [--today YYYY-MM-DD]
//! enrollready report plan.json --format md|csv|json [--lang en|nl] [--today YYYY-MM-DD]
//! enrollready graph plan.json [--patch] [--lang en|nl] [--today YYYY-MM-DD]
//! enrollready calendar plan.json [-o FILE] [--lang en|nl] [--today YYYY-MM-DD]
//! enrollready diff old.json new.json [--format md|json] [--lang en|nl] [--today YYYY-MM-DD]
//! enrollready migrate plan.json --to RULESET [--format md|json] [--lang en|nl] [--today YYYY-MM-DD]
//! ```
//!
//! `--ruleset ID` judges the plan against another encoded ruleset than the
//! file's own (`check`, `report`, `graph`, `calendar`); `migrate` previews
//! what would change if the plan moved to `--to`.
//!
//! `check` prints the readiness and the findings and exits with 0 when there
//! is no blocker, 1 when there are blockers; `report` prints the readiness
//! report ([`crate::report`]) as Markdown, CSV or JSON; `graph` prints the
//! Company Portal branding as the body of a Microsoft Graph request
//! ([`crate::format::graph`]; `--patch` for the default profile's update)
//! and exits with 1 when step 4 has blockers; `calendar` writes every
//! renewal and due date as an iCalendar file ([`crate::report::calendar`]),
//! to standard output or to `-o FILE`; `diff` prints what changed between
//! two versions of a plan ([`crate::report::compare`]) and exits with 0 when
//! they are the same, 1 when they differ. An unreadable file or
//! a bad argument exits with 2 and a message on standard error. [`run`]
//! takes the arguments, the default date and the two writers, and returns
//! the exit code, so that tests call it directly; only `main` reads the
//! clock ([`utc_today`]).

use std::io::Write;

use crate::domain::{analyze, ruleset, Ctx, Date};
use crate::i18n::{self, Locale};
use crate::report::{self, Report};

/// Exit code: no blocker (or the report was written).
pub const EXIT_OK: i32 = 0;
/// Exit code of `check`: the plan has blockers.
pub const EXIT_BLOCKERS: i32 = 1;
/// Exit code: a bad argument, or a file that cannot be read.
pub const EXIT_ERROR: i32 = 2;

/// What to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Check,
    Report(Format),
    /// The branding as a Graph request body; `true` for the default
    /// profile's `PATCH`.
    Graph(bool),
    /// The renewals and due dates as an iCalendar file.
    Calendar,
    /// What changed between two plans, as Markdown or JSON.
    Diff(Format),
    /// What would change if the plan followed another ruleset.
    Migrate(Format),
}

/// The output format of `report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Csv,
    Json,
}

/// The parsed arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Args {
    pub command: Command,
    pub file: String,
    /// `-o FILE` (`calendar` only): where to write instead of standard output.
    pub output: Option<String>,
    /// The newer plan (`diff` only; `file` is the older one).
    pub other: Option<String>,
    /// `--ruleset`: judge against this (encoded) ruleset instead of the
    /// file's own.
    pub ruleset: Option<&'static str>,
    /// `--to` (`migrate` only): the (encoded) ruleset to move to.
    pub to: Option<&'static str>,
    pub locale: Locale,
    pub today: Option<Date>,
}

/// What the arguments asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Parsed {
    Help(Locale),
    Run(Args),
}

/// Why the arguments cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgError {
    NoCommand,
    UnknownCommand(String),
    MissingFile,
    ExtraArgument(String),
    UnknownOption(String),
    MissingValue(&'static str),
    BadLanguage(String),
    BadDate(String),
    BadFormat(String),
    /// `report` without `--format`.
    MissingFormat,
    /// `--format` given to `check` or `graph`.
    FormatWithCheck,
    /// `--patch` given to another command than `graph`.
    PatchWithoutGraph,
    /// `-o` given to another command than `calendar`.
    OutputWithoutCalendar,
    /// A ruleset id this build has not encoded.
    BadRuleset(String),
    /// `migrate` without `--to`, or `--to` with another command.
    MissingTo,
    ToWithoutMigrate,
}

/// The language the arguments ask for (for messages about the others too).
fn language(args: &[String]) -> Locale {
    let mut it = args.iter();
    let mut found = Locale::En;
    while let Some(a) = it.next() {
        let value = if a == "--lang" {
            it.next().map(String::as_str)
        } else {
            a.strip_prefix("--lang=")
        };
        if let Some(l) = value.and_then(|v| Locale::ALL.into_iter().find(|l| l.code() == v)) {
            found = l;
        }
    }
    found
}

/// Parses the arguments (without the program's name).
pub fn parse(args: &[String]) -> Result<Parsed, (ArgError, Locale)> {
    let locale = language(args);
    let fail = |e| Err((e, locale));
    if args
        .iter()
        .any(|a| a == "--help" || a == "-h" || a == "help")
    {
        return Ok(Parsed::Help(locale));
    }
    let mut words = Vec::new();
    let mut format = None;
    let mut lang = None;
    let mut today = None;
    let mut patch = false;
    let mut output = None;
    let mut rules = None;
    let mut to = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if (!a.starts_with("--") && a != "-o") || a == "--" {
            words.push(a.clone());
            continue;
        }
        if a == "--patch" {
            patch = true;
            continue;
        }
        if a == "-o" || a == "--output" {
            let Some(value) = it.next() else {
                return fail(ArgError::MissingValue("-o"));
            };
            output = Some(value.clone());
            continue;
        }
        let (name, inline) = match a.split_once('=') {
            Some((n, v)) => (n, Some(v.to_owned())),
            None => (a.as_str(), None),
        };
        let name: &'static str = match name {
            "--format" => "--format",
            "--lang" => "--lang",
            "--today" => "--today",
            "--ruleset" => "--ruleset",
            "--to" => "--to",
            _ => return fail(ArgError::UnknownOption(a.clone())),
        };
        let Some(value) = inline.or_else(|| it.next().cloned()) else {
            return fail(ArgError::MissingValue(name));
        };
        match name {
            "--format" => {
                format = Some(match value.as_str() {
                    "md" | "markdown" => Format::Markdown,
                    "csv" => Format::Csv,
                    "json" => Format::Json,
                    _ => return fail(ArgError::BadFormat(value)),
                })
            }
            "--ruleset" | "--to" => {
                let Some(r) = crate::domain::ruleset::by_id(&value) else {
                    return fail(ArgError::BadRuleset(value));
                };
                if name == "--to" {
                    to = Some(r.id);
                } else {
                    rules = Some(r.id);
                }
            }
            "--lang" => {
                lang = Some(match Locale::ALL.into_iter().find(|l| l.code() == value) {
                    Some(l) => l,
                    None => return fail(ArgError::BadLanguage(value)),
                })
            }
            _ => {
                today = Some(match Date::parse(&value) {
                    Some(d) => d,
                    None => return fail(ArgError::BadDate(value)),
                })
            }
        }
    }
    let mut words = words.into_iter();
    let command = match words.next().as_deref() {
        None => return fail(ArgError::NoCommand),
        Some("check") => {
            if format.is_some() {
                return fail(ArgError::FormatWithCheck);
            }
            Command::Check
        }
        Some("report") => match format {
            Some(f) => Command::Report(f),
            None => return fail(ArgError::MissingFormat),
        },
        Some("graph") => {
            if format.is_some() {
                return fail(ArgError::FormatWithCheck);
            }
            Command::Graph(patch)
        }
        Some("calendar") => {
            if format.is_some() {
                return fail(ArgError::FormatWithCheck);
            }
            Command::Calendar
        }
        Some("migrate") => match format {
            None | Some(Format::Markdown) => Command::Migrate(Format::Markdown),
            Some(Format::Json) => Command::Migrate(Format::Json),
            Some(Format::Csv) => return fail(ArgError::BadFormat("csv".into())),
        },
        Some("diff") => match format {
            None | Some(Format::Markdown) => Command::Diff(Format::Markdown),
            Some(Format::Json) => Command::Diff(Format::Json),
            Some(Format::Csv) => return fail(ArgError::BadFormat("csv".into())),
        },
        Some(other) => return fail(ArgError::UnknownCommand(other.to_owned())),
    };
    if patch && !matches!(command, Command::Graph(_)) {
        return fail(ArgError::PatchWithoutGraph);
    }
    if output.is_some() && !matches!(command, Command::Calendar | Command::Migrate(_)) {
        return fail(ArgError::OutputWithoutCalendar);
    }
    match (command, to) {
        (Command::Migrate(_), None) => return fail(ArgError::MissingTo),
        (Command::Migrate(_), Some(_)) | (_, None) => {}
        (_, Some(_)) => return fail(ArgError::ToWithoutMigrate),
    }
    let Some(file) = words.next() else {
        return fail(ArgError::MissingFile);
    };
    let other = if matches!(command, Command::Diff(_)) {
        match words.next() {
            Some(f) => Some(f),
            None => return fail(ArgError::MissingFile),
        }
    } else {
        None
    };
    if let Some(extra) = words.next() {
        return fail(ArgError::ExtraArgument(extra));
    }
    Ok(Parsed::Run(Args {
        command,
        file,
        output,
        other,
        ruleset: rules,
        to,
        locale: lang.unwrap_or(locale),
        today,
    }))
}

/// Today's date in UTC, from the system clock.
pub fn utc_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0))
}

/// Now in UTC as RFC 3339 (`exported_at` of a written plan file).
pub fn utc_rfc3339() -> String {
    let s = utc_stamp();
    let (d, t) = s.split_at(8.min(s.len()));
    let part = |x: &str, a: usize, b: usize| x.get(a..b).unwrap_or("00").to_owned();
    format!(
        "{}-{}-{}T{}:{}:{}Z",
        part(d, 0, 4),
        part(d, 4, 6),
        part(d, 6, 8),
        part(t, 1, 3),
        part(t, 3, 5),
        part(t, 5, 7)
    )
}

/// Now in UTC as an iCalendar date-time (`YYYYMMDDTHHMMSSZ`).
pub fn utc_stamp() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let d = Date::from_days_since_epoch(i64::try_from(secs / 86_400).unwrap_or(0));
    let s = secs % 86_400;
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        s / 3600,
        s % 3600 / 60,
        s % 60
    )
}

/// Runs the tool: `args` without the program's name, `today` the date to use
/// unless `--today` gives one. Returns the exit code.
pub fn run(args: &[String], today: Date, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let args = match parse(args) {
        Ok(Parsed::Help(l)) => {
            return match out.write_all(i18n::cli::help(l).as_bytes()) {
                Ok(()) => EXIT_OK,
                Err(_) => EXIT_ERROR,
            };
        }
        Ok(Parsed::Run(a)) => a,
        Err((e, l)) => {
            let _ = writeln!(err, "enrollready: {}", i18n::cli::arg_error(&e, l));
            let _ = writeln!(err, "{}", i18n::cli::see_help(l));
            return EXIT_ERROR;
        }
    };
    let l = args.locale;
    if let Command::Diff(format) = args.command {
        let other = args.other.clone().unwrap_or_default();
        return diff(&args, &other, format, today, out, err);
    }
    let (plan, analysis, rules, report) = match load(&args, today) {
        Ok(r) => r,
        Err(message) => {
            let _ = writeln!(err, "enrollready: {}: {message}", args.file);
            return EXIT_ERROR;
        }
    };
    let (text, code) = match args.command {
        Command::Check => {
            let code = if report.summary.blockers > 0 {
                EXIT_BLOCKERS
            } else {
                EXIT_OK
            };
            (check_text(&report), code)
        }
        Command::Report(Format::Markdown) => {
            let mut s = report::markdown::render(&report);
            s.push('\n');
            (s, EXIT_OK)
        }
        Command::Report(Format::Csv) => (report::csv::render(&report), EXIT_OK),
        // Two files: handled above.
        Command::Diff(_) => return EXIT_ERROR,
        Command::Migrate(format) => {
            let Some(to) = args.to.and_then(ruleset::by_id) else {
                return EXIT_ERROR;
            };
            let today = args.today.unwrap_or(today);
            let c = report::compare::migration_preview(&plan, rules, to, today, l);
            let mut text = match format {
                Format::Json => serde_json::to_string_pretty(&c).unwrap_or_default(),
                _ => {
                    let mut s = i18n::cli::migrate_heading(rules.id, to.id, l);
                    s.push_str("\n\n");
                    s.push_str(&report::compare::markdown(&c, l));
                    s
                }
            };
            text.push('\n');
            // `-o OUT`: the moved plan is written there (every value and
            // unknown member kept, the ruleset changed); the preview still
            // goes to standard output.
            if let Some(path) = &args.output {
                let meta = crate::domain::plan::FileMeta {
                    ruleset: to.id.to_owned(),
                    ..plan.file.clone()
                };
                let written = crate::format::to_json_pretty(&plan, &meta, &utc_rfc3339())
                    .map_err(|e| format!("{e:?}"))
                    .and_then(|json| {
                        std::fs::write(path, json.as_bytes())
                            .map_err(|e| i18n::cli::write_failed(&e, l))
                    });
                if let Err(e) = written {
                    let _ = writeln!(err, "enrollready: {path}: {e}");
                    return EXIT_ERROR;
                }
                return match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
                    Ok(()) => EXIT_OK,
                    Err(e) => {
                        let _ = writeln!(err, "enrollready: {}", i18n::cli::write_failed(&e, l));
                        EXIT_ERROR
                    }
                };
            }
            (text, EXIT_OK)
        }
        Command::Calendar => {
            // The events' stamp: the date asked for, else now (UTC).
            let stamp = match args.today {
                Some(d) => format!("{:04}{:02}{:02}T000000Z", d.year(), d.month(), d.day()),
                None => utc_stamp(),
            };
            let cx = report::calendar::Context {
                ruleset: rules,
                locale: l,
                stamp: &stamp,
            };
            (report::calendar::calendar(&plan, &analysis, &cx), EXIT_OK)
        }
        Command::Graph(patch) => {
            use crate::format::graph;
            let request = if patch {
                graph::Request::UpdateDefault
            } else {
                graph::Request::Create
            };
            let (name, description) = i18n::graph::profile(&plan.company_portal.company_name, l);
            let profile = graph::Profile {
                name: &name,
                description: &description,
            };
            let mut s = graph::branding_json_in(
                &plan.company_portal,
                rules.company_portal,
                request,
                &profile,
            );
            s.push('\n');
            // Step 4's blockers: on standard error, and exit code 1.
            let key = crate::domain::StepId::CompanyPortal.key();
            let step = report.steps.iter().find(|s| s.key == key);
            let blockers: Vec<String> = step
                .map(|s| {
                    s.findings
                        .iter()
                        .filter(|f| f.severity == "blocker")
                        .map(|f| format!("{}: {}: {}", f.severity_word, f.field, f.message))
                        .collect()
                })
                .unwrap_or_default();
            for b in &blockers {
                let _ = writeln!(err, "enrollready: {b}");
            }
            (
                s,
                if blockers.is_empty() {
                    EXIT_OK
                } else {
                    EXIT_BLOCKERS
                },
            )
        }
        Command::Report(Format::Json) => match serde_json::to_string_pretty(&report) {
            Ok(mut s) => {
                s.push('\n');
                (s, EXIT_OK)
            }
            Err(e) => {
                let _ = writeln!(err, "enrollready: {e}");
                return EXIT_ERROR;
            }
        },
    };
    if let Some(path) = &args.output {
        return match std::fs::write(path, text.as_bytes()) {
            Ok(()) => code,
            Err(e) => {
                let _ = writeln!(
                    err,
                    "enrollready: {path}: {}",
                    i18n::cli::write_failed(&e, l)
                );
                EXIT_ERROR
            }
        };
    }
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) => {
            let _ = writeln!(err, "enrollready: {}", i18n::cli::write_failed(&e, l));
            EXIT_ERROR
        }
    }
}

/// Reads the file (at most 5 MiB, known from its size before it is read),
/// analyses the plan and builds the report; a translated message otherwise.
/// `diff OLD NEW`: both read as `load` reads one; 0 when equal, 1 when not.
fn diff(
    args: &Args,
    other: &str,
    format: Format,
    today: Date,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let l = args.locale;
    let second = Args {
        file: other.to_owned(),
        ..args.clone()
    };
    let mut plans = Vec::new();
    for a in [args, &second] {
        match load(a, today) {
            Ok((plan, _, rules, _)) => plans.push((plan, rules)),
            Err(message) => {
                let _ = writeln!(err, "enrollready: {}: {message}", a.file);
                return EXIT_ERROR;
            }
        }
    }
    let (Some(old), Some(new)) = (plans.first(), plans.get(1)) else {
        return EXIT_ERROR;
    };
    // Two plans on different rulesets are compared under the newer.
    let c = report::compare::compare_plans(
        (&old.0, old.1),
        (&new.0, new.1),
        args.today.unwrap_or(today),
        env!("CARGO_PKG_VERSION"),
        l,
    );
    let text = match format {
        Format::Json => match serde_json::to_string_pretty(&c) {
            Ok(s) => s + "\n",
            Err(e) => {
                let _ = writeln!(err, "enrollready: {e}");
                return EXIT_ERROR;
            }
        },
        _ => report::compare::markdown(&c, l),
    };
    let code = if c.equal() { EXIT_OK } else { EXIT_BLOCKERS };
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => code,
        Err(e) => {
            let _ = writeln!(err, "enrollready: {}", i18n::cli::write_failed(&e, l));
            EXIT_ERROR
        }
    }
}

type Loaded = (
    crate::domain::Plan,
    crate::domain::Analysis,
    &'static crate::domain::Ruleset,
    Report,
);

fn load(args: &Args, today: Date) -> Result<Loaded, String> {
    let l = args.locale;
    let path = std::path::Path::new(&args.file);
    let meta = std::fs::metadata(path).map_err(|e| i18n::cli::read_failed(&e, l))?;
    if meta.is_dir() {
        return Err(i18n::cli::is_directory(l));
    }
    crate::format::check_file_size(meta.len()).map_err(|e| i18n::messages::import_error(&e, l))?;
    let bytes = std::fs::read(path).map_err(|e| i18n::cli::read_failed(&e, l))?;
    let envelope =
        crate::format::import(&bytes).map_err(|e| i18n::messages::import_error(&e, l))?;
    let rules = args
        .ruleset
        .and_then(ruleset::by_id)
        .or_else(|| ruleset::by_id(&envelope.ruleset))
        .unwrap_or(&ruleset::CLASSIC_2017);
    let today = args.today.unwrap_or(today);
    let analysis = analyze(
        &envelope.plan,
        &Ctx {
            today,
            ruleset: rules,
        },
    );
    let report = report::build(
        &envelope.plan,
        &analysis,
        &report::Context {
            ruleset: rules,
            locale: l,
            today,
            app_version: env!("CARGO_PKG_VERSION"),
        },
    );
    let mut plan = envelope.plan;
    plan.file = crate::domain::plan::FileMeta {
        ruleset: envelope.ruleset,
        extra: envelope.extra,
        generator_extra: envelope.generator.extra,
    };
    Ok((plan, analysis, rules, report))
}

/// What `check` prints: the title, the summary, then each step's state with
/// its findings.
pub fn check_text(r: &Report) -> String {
    let mut s = String::new();
    let mut line = |text: &str| {
        s.push_str(text);
        s.push('\n');
    };
    if r.cover.company.is_empty() {
        line(&r.title);
    } else {
        line(&format!("{}: {}", r.title, r.cover.company));
    }
    line(&format!("{}: {}", r.ruleset.label, r.ruleset.value));
    for row in &r.summary.rows {
        line(&format!("{}: {}", row.label, row.value));
    }
    for f in &r.cover.findings {
        line(&format!(
            "  {}: {}: {}",
            f.severity_word, f.field, f.message
        ));
    }
    for step in &r.steps {
        line("");
        line(&format!(
            "{} — {} ({}%). {}",
            step.title, step.state, step.percent, step.status
        ));
        for f in &step.findings {
            if f.field.is_empty() {
                line(&format!("  {}: {}", f.severity_word, f.message));
            } else {
                line(&format!(
                    "  {}: {}: {}",
                    f.severity_word, f.field, f.message
                ));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn arguments_parse() {
        assert_eq!(
            parse(&args(
                "report p.json --format=csv --lang nl --today 2017-10-10"
            )),
            Ok(Parsed::Run(Args {
                command: Command::Report(Format::Csv),
                file: "p.json".into(),
                output: None,
                other: None,
                ruleset: None,
                to: None,
                locale: Locale::Nl,
                today: Date::new(2017, 10, 10),
            }))
        );
        assert_eq!(
            parse(&args("--lang=nl check p.json")),
            Ok(Parsed::Run(Args {
                command: Command::Check,
                file: "p.json".into(),
                output: None,
                other: None,
                ruleset: None,
                to: None,
                locale: Locale::Nl,
                today: None,
            }))
        );
        assert_eq!(
            parse(&args("calendar p.json -o out.ics")),
            Ok(Parsed::Run(Args {
                command: Command::Calendar,
                file: "p.json".into(),
                output: Some("out.ics".into()),
                other: None,
                ruleset: None,
                to: None,
                locale: Locale::En,
                today: None,
            }))
        );
        assert_eq!(
            parse(&args("graph p.json --patch")).map(|p| match p {
                Parsed::Run(a) => Some(a.command),
                Parsed::Help(_) => None,
            }),
            Ok(Some(Command::Graph(true)))
        );
        assert_eq!(parse(&args("check --help")), Ok(Parsed::Help(Locale::En)));
        assert_eq!(parse(&args("-h --lang nl")), Ok(Parsed::Help(Locale::Nl)));
    }

    #[test]
    fn bad_arguments_are_named() {
        let e = |s: &str| parse(&args(s)).unwrap_err().0;
        assert_eq!(e(""), ArgError::NoCommand);
        assert_eq!(e("lint p.json"), ArgError::UnknownCommand("lint".into()));
        assert_eq!(e("check"), ArgError::MissingFile);
        assert_eq!(e("check a b"), ArgError::ExtraArgument("b".into()));
        assert_eq!(
            e("check a --verbose"),
            ArgError::UnknownOption("--verbose".into())
        );
        assert_eq!(e("check a --lang"), ArgError::MissingValue("--lang"));
        assert_eq!(e("check a --lang de"), ArgError::BadLanguage("de".into()));
        assert_eq!(
            e("check a --today 2017-13-01"),
            ArgError::BadDate("2017-13-01".into())
        );
        assert_eq!(
            e("report a --format pdf"),
            ArgError::BadFormat("pdf".into())
        );
        assert_eq!(e("report a"), ArgError::MissingFormat);
        assert_eq!(e("check a --format md"), ArgError::FormatWithCheck);
        // Messages follow --lang even when another argument is wrong.
        assert_eq!(parse(&args("check --lang nl")).unwrap_err().1, Locale::Nl);
    }

    #[test]
    fn a_missing_file_exits_with_2_and_a_message() {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let today = Date::new(2017, 10, 10).unwrap();
        let code = run(
            &args("check /nonexistent/plan.json --lang nl"),
            today,
            &mut out,
            &mut err,
        );
        assert_eq!(code, EXIT_ERROR);
        assert!(out.is_empty());
        let err = String::from_utf8(err).unwrap();
        assert!(
            err.contains("/nonexistent/plan.json") && err.contains("bestaat niet"),
            "{err}"
        );
    }

    #[test]
    fn today_comes_from_the_clock() {
        assert!(utc_today() >= Date::new(2024, 1, 1).unwrap());
    }
}
