//! Texts of the command-line tool ([`crate::cli`]), English and Dutch.

use super::Locale;
use crate::cli::ArgError;

/// `enrollready --help`.
pub fn help(l: Locale) -> String {
    let max = super::format_int(l, crate::format::MAX_IMPORT_BYTES);
    match l {
        Locale::En => format!(
            "Enrollready: checks an Intune enrollment readiness plan (a file exported by the page).

Usage:
  enrollready check <plan.json> [--lang en|nl] [--today YYYY-MM-DD]
  enrollready report <plan.json> --format md|csv|json [--lang en|nl] [--today YYYY-MM-DD]
  enrollready graph <plan.json> [--patch] [--lang en|nl] [--today YYYY-MM-DD]
  enrollready calendar <plan.json> [-o FILE] [--lang en|nl] [--today YYYY-MM-DD]
  enrollready diff <old.json> <new.json> [--format md|json] [--lang en|nl] [--today YYYY-MM-DD]
  enrollready migrate <plan.json> --to RULESET [-o OUT] [--format md|json] [--lang en|nl] [--today YYYY-MM-DD]

Commands:
  check    Prints the readiness and every finding. Exit code 0 when the plan
           has no problems to fix, 1 when it has.
  report   Prints the readiness report: Markdown (md), the checklist as CSV
           (csv), or the report's data (json).
  graph    Prints the Company Portal branding as the JSON body of a Microsoft
           Graph request (beta): POST to /beta/deviceManagement/
           intuneBrandingProfiles creates a profile. Exit code 1 when step 4
           has problems to fix (they are printed on standard error).
  calendar Writes every certificate and token expiry (with a renewal event
           before it) and every checklist due date as an iCalendar file
           (.ics) for Outlook or Google Calendar; importing a newer file
           updates the events.
  diff     Prints what changed between two versions of a plan, step by step
           (Markdown, or JSON with --format json). Exit code 0 when they are
           the same, 1 when they differ.
  migrate  Prints what would change if the plan followed another ruleset
           (items that no longer apply or are new, values that become
           invalid); every value typed is kept.

Options:
  --format md|csv|json   The report's format (report; diff: md or json).
  --patch                The body for a PATCH of the default profile (graph only).
  -o FILE                Writes the calendar to FILE (calendar), or the
                         moved plan (migrate).
  --ruleset RULESET      Judges the plan by another ruleset than its own:
                         intune-classic-2017 or intune-2026.
  --to RULESET           The ruleset to move to (migrate only).
  --lang en|nl           The language of the output (default: en).
  --today YYYY-MM-DD     The date to check on (default: today, UTC).
  --help                 Prints this text.

Exit code 2: a bad argument, or a file that cannot be read (plan files of at
most {max} bytes are read).
"
        ),
        Locale::Nl => format!(
            "Enrollready: controleert een voorbereidingsplan voor de inschrijving in Intune (een bestand dat de pagina heeft geëxporteerd).

Gebruik:
  enrollready check <plan.json> [--lang en|nl] [--today JJJJ-MM-DD]
  enrollready report <plan.json> --format md|csv|json [--lang en|nl] [--today JJJJ-MM-DD]
  enrollready graph <plan.json> [--patch] [--lang en|nl] [--today JJJJ-MM-DD]
  enrollready calendar <plan.json> [-o BESTAND] [--lang en|nl] [--today JJJJ-MM-DD]
  enrollready diff <oud.json> <nieuw.json> [--format md|json] [--lang en|nl] [--today JJJJ-MM-DD]
  enrollready migrate <plan.json> --to REGELSET [-o UIT] [--format md|json] [--lang en|nl] [--today JJJJ-MM-DD]

Opdrachten:
  check    Toont de gereedheid en alle bevindingen. Afsluitcode 0 als het plan
           geen op te lossen problemen heeft, 1 als het die wel heeft.
  report   Toont het gereedheidsrapport: Markdown (md), de controlelijst als
           CSV (csv) of de gegevens van het rapport (json).
  graph    Toont de huisstijl van de Bedrijfsportal als JSON-body van een
           Microsoft Graph-aanvraag (bèta): POST naar /beta/deviceManagement/
           intuneBrandingProfiles maakt een profiel. Afsluitcode 1 als stap 4
           op te lossen problemen heeft (die komen op de standaardfoutuitvoer).
  calendar Schrijft elke vervaldatum van een certificaat of token (met een
           verlengafspraak ervoor) en elke streefdatum van de controlelijst
           als iCalendar-bestand (.ics) voor Outlook of Google Agenda; een
           nieuwer bestand importeren werkt de afspraken bij.
  diff     Toont per stap wat er tussen twee versies van een plan is gewijzigd
           (Markdown, of JSON met --format json). Afsluitcode 0 als ze gelijk
           zijn, 1 als ze verschillen.
  migrate  Toont wat er verandert als het plan een andere regelset volgt
           (items die niet meer of nieuw van toepassing zijn, waarden die
           ongeldig worden); alles wat is ingevoerd, blijft bewaard.

Opties:
  --format md|csv|json   De notatie van het rapport (report; diff: md of json).
  --patch                De body voor een PATCH van het standaardprofiel (alleen bij graph).
  -o BESTAND             Schrijft de agenda naar BESTAND (calendar), of het
                         verplaatste plan (migrate).
  --ruleset REGELSET     Beoordeelt het plan met een andere regelset dan de
                         eigen: intune-classic-2017 of intune-2026.
  --to REGELSET          De regelset waarnaar het plan gaat (alleen bij migrate).
  --lang en|nl           De taal van de uitvoer (standaard: en).
  --today JJJJ-MM-DD     De datum waarop wordt gecontroleerd (standaard: vandaag, UTC).
  --help                 Toont deze tekst.

Afsluitcode 2: een onjuist argument, of een bestand dat niet kan worden gelezen
(planbestanden van maximaal {max} bytes worden gelezen).
"
        ),
    }
}

/// The heading of `migrate`'s preview.
pub fn migrate_heading(from: &str, to: &str, l: Locale) -> String {
    match l {
        Locale::En => format!(
            "Moving this plan from the ruleset {from} to {to} would change the following. Every value you typed is kept."
        ),
        Locale::Nl => format!(
            "Als dit plan van de regelset {from} naar {to} gaat, verandert het volgende. Alles wat u hebt ingevoerd, blijft bewaard."
        ),
    }
}

/// The hint after a bad argument.
pub fn see_help(l: Locale) -> &'static str {
    match l {
        Locale::En => "Run \"enrollready --help\" for the usage.",
        Locale::Nl => "Voer \"enrollready --help\" uit voor het gebruik.",
    }
}

/// Why the arguments cannot be used.
pub fn arg_error(e: &ArgError, l: Locale) -> String {
    use Locale::{En, Nl};
    match e {
        ArgError::NoCommand => match l {
            En => "name a command: check, report, graph, calendar or diff.".into(),
            Nl => "geef een opdracht op: check, report, graph, calendar of diff.".into(),
        },
        ArgError::UnknownCommand(c) => match l {
            En => format!("unknown command \"{c}\"; the commands are check, report, graph, calendar and diff."),
            Nl => format!("onbekende opdracht \"{c}\"; de opdrachten zijn check, report, graph, calendar en diff."),
        },
        ArgError::MissingFile => match l {
            En => "name the plan file to read.".into(),
            Nl => "geef het planbestand op dat moet worden gelezen.".into(),
        },
        ArgError::ExtraArgument(a) => match l {
            En => format!("one plan file at a time; \"{a}\" is one too many."),
            Nl => format!("één planbestand tegelijk; \"{a}\" is er één te veel."),
        },
        ArgError::UnknownOption(o) => match l {
            En => format!("unknown option \"{o}\"."),
            Nl => format!("onbekende optie \"{o}\"."),
        },
        ArgError::MissingValue(o) => match l {
            En => format!("{o} needs a value."),
            Nl => format!("{o} heeft een waarde nodig."),
        },
        ArgError::BadLanguage(v) => match l {
            En => format!("--lang must be en or nl, not \"{v}\"."),
            Nl => format!("--lang moet en of nl zijn, niet \"{v}\"."),
        },
        ArgError::BadDate(v) => match l {
            En => format!("--today must be a date of the form YYYY-MM-DD, such as 2017-10-10, not \"{v}\"."),
            Nl => format!("--today moet een datum in de notatie JJJJ-MM-DD zijn, zoals 2017-10-10, niet \"{v}\"."),
        },
        ArgError::BadFormat(v) => match l {
            En => format!("--format must be md, csv or json, not \"{v}\"."),
            Nl => format!("--format moet md, csv of json zijn, niet \"{v}\"."),
        },
        ArgError::MissingFormat => match l {
            En => "report needs --format md, csv or json.".into(),
            Nl => "report heeft --format md, csv of json nodig.".into(),
        },
        ArgError::FormatWithCheck => match l {
            En => "--format belongs to report; check prints the findings and graph a JSON body.".into(),
            Nl => "--format hoort bij report; check toont de bevindingen en graph een JSON-body.".into(),
        },
        ArgError::PatchWithoutGraph => match l {
            En => "--patch belongs to graph.".into(),
            Nl => "--patch hoort bij graph.".into(),
        },
        ArgError::OutputWithoutCalendar => match l {
            En => "-o belongs to calendar and migrate.".into(),
            Nl => "-o hoort bij calendar en migrate.".into(),
        },
        ArgError::BadRuleset(v) => {
            let known = crate::domain::ruleset::ALL
                .iter()
                .map(|r| r.id)
                .collect::<Vec<_>>()
                .join(", ");
            match l {
                En => format!("unknown ruleset \"{v}\"; the rulesets are {known}."),
                Nl => format!("onbekende regelset \"{v}\"; de regelsets zijn {known}."),
            }
        }
        ArgError::MissingTo => match l {
            En => "migrate needs --to and the ruleset to move to.".into(),
            Nl => "migrate heeft --to nodig, met de regelset waarnaar het plan gaat.".into(),
        },
        ArgError::ToWithoutMigrate => match l {
            En => "--to belongs to migrate; --ruleset judges a plan against another ruleset.".into(),
            Nl => "--to hoort bij migrate; --ruleset beoordeelt een plan met een andere regelset.".into(),
        },
    }
}

/// A file that cannot be opened or read.
pub fn read_failed(e: &std::io::Error, l: Locale) -> String {
    use std::io::ErrorKind;
    match (e.kind(), l) {
        (ErrorKind::NotFound, Locale::En) => "the file does not exist.".into(),
        (ErrorKind::NotFound, Locale::Nl) => "het bestand bestaat niet.".into(),
        (ErrorKind::PermissionDenied, Locale::En) => {
            "you are not allowed to read this file.".into()
        }
        (ErrorKind::PermissionDenied, Locale::Nl) => {
            "u hebt geen toestemming om dit bestand te lezen.".into()
        }
        (_, Locale::En) => format!("the file cannot be read ({e})."),
        (_, Locale::Nl) => format!("het bestand kan niet worden gelezen ({e})."),
    }
}

/// A folder where a file belongs.
pub fn is_directory(l: Locale) -> String {
    match l {
        Locale::En => "this is a folder, not a plan file.".into(),
        Locale::Nl => "dit is een map, geen planbestand.".into(),
    }
}

/// The output cannot be written.
pub fn write_failed(e: &std::io::Error, l: Locale) -> String {
    match l {
        Locale::En => format!("the output cannot be written ({e})."),
        Locale::Nl => format!("de uitvoer kan niet worden geschreven ({e})."),
    }
}
