//! The readiness report's own words ([`crate::report`]), English and Dutch
//! side by side. They are a catalogue of their own, apart from the page's
//! [`super::Text`], so that they cost the page nothing until it shows the
//! report (each catalogue's `get` holds all of its strings).

use super::Locale;
use crate::domain::Ruleset;

super::text::catalogue! {
/// A fixed text of the readiness report. Each has an English and a Dutch version.
ReportText {
    Title => "Readiness report", "Gereedheidsrapport";
    Date => "Date", "Datum";
    Ruleset => "Ruleset", "Regelset";
    AppVersion => "Enrollready version", "Versie van Enrollready";
    ExecutiveSummary => "Executive summary", "Samenvatting";
    SummaryBlockers => "Problems to fix", "Op te lossen problemen";
    SummaryWarnings => "Warnings", "Waarschuwingen";
    OpenItems => "Open items", "Openstaande items";
    NoOpenItems => "No open items.", "Geen openstaande items.";
    Readiness => "Readiness", "Gereedheid";
    Values => "Values", "Waarden";
    Field => "Field", "Veld";
    Value => "Value", "Waarde";
    Findings => "Findings", "Bevindingen";
    Checklist => "Checklist", "Controlelijst";
    Item => "Item", "Item";
    Step => "Step", "Stap";
    Severity => "Severity", "Ernst";
    WhatToDo => "What to do", "Wat te doen";
    Yes => "Yes", "Ja";
    No => "No", "Nee";
    NoDnsRecords => "No DNS records yet.", "Nog geen DNS-records.";
    AuthorityDecision => "MDM authority decision", "Besluit over de MDM-instantie";
    RecoveryNotInUse => "The recovery path for a wrong MDM authority is not in use.", "Het herstelpad voor een verkeerde MDM-instantie wordt niet gebruikt.";
    SignOff => "Sign-off", "Ondertekening";
    SignOffText => "By signing, the parties confirm that they have read this report and agree with it.", "Met hun handtekening bevestigen de partijen dat zij dit rapport hebben gelezen en ermee instemmen.";
    SignOffRole => "Role", "Rol";
    SignOffName => "Name", "Naam";
    Domains => "Custom domains", "Aangepaste domeinnamen";
    Groups => "Groups", "Groepen";
    Page => "Page", "Pagina";
    PageOf => "of", "van";
    SignOffSignature => "Signature", "Handtekening";
}
}

/// The ruleset in words with the day its facts are as of, as the page's
/// header says it: "the 2017 classic Intune console, as of 31 May 2017".
pub fn ruleset_title(ruleset: &Ruleset, l: Locale) -> String {
    let name = if ruleset.id == crate::domain::ruleset::CLASSIC_2017.id {
        super::Text::RulesetClassic2017.get(l).to_owned()
    } else if ruleset.id == crate::domain::ruleset::INTUNE_2026.id {
        super::Text::RulesetIntune2026.get(l).to_owned()
    } else {
        ruleset.id.to_owned()
    };
    match (ruleset.as_of_date(), l) {
        (Some(d), Locale::En) => format!("{name}, as of {}", super::authority::long_date(d, l)),
        (Some(d), Locale::Nl) => {
            format!("{name}, stand van {}", super::authority::long_date(d, l))
        }
        (None, _) => name,
    }
}

/// The ruleset's id with its title, as the report, the CSV and the command
/// line name it: "intune-classic-2017 (the 2017 classic Intune console, as
/// of 31 May 2017)".
pub fn ruleset_name(ruleset: &Ruleset, l: Locale) -> String {
    format!("{} ({})", ruleset.id, ruleset_title(ruleset, l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_text_exists_in_both_languages() {
        for &t in ReportText::ALL {
            for l in Locale::ALL {
                assert!(!t.get(l).trim().is_empty(), "{t:?} is empty in {l:?}");
            }
            // "Item" is Dutch too.
            if t != ReportText::Item {
                assert_ne!(t.get(Locale::En), t.get(Locale::Nl), "{t:?} is not translated");
            }
        }
    }
}
