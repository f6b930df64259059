//! Notices about the saved plan and the page itself: an unreadable saved
//! plan and its backup, and a panic. Every arm has both languages.

use super::Locale;
use crate::autosave::{Backup, StoreError};

fn store_reason(l: Locale, e: StoreError) -> &'static str {
    match (e, l) {
        (StoreError::Full, Locale::En) => "the browser's storage for this page is full",
        (StoreError::Full, Locale::Nl) => "de opslag van de browser voor deze pagina is vol",
        (StoreError::Unavailable, Locale::En) => {
            "this browser does not allow the page to store data"
        }
        (StoreError::Unavailable, Locale::Nl) => {
            "deze browser staat niet toe dat de pagina gegevens opslaat"
        }
    }
}

/// The notice for a saved plan that could not be read. `reason` is the
/// translated import error; `backup` says truthfully what was kept.
pub fn restore_failed(l: Locale, reason: &str, backup: Backup) -> String {
    use Locale::{En, Nl};
    let head = match l {
        En => format!("Your saved plan could not be read: {reason}"),
        Nl => format!("Uw opgeslagen plan kon niet worden gelezen: {reason}"),
    };
    let tail = match (backup, l) {
        (Backup::Kept(n) | Backup::AlreadyKept(n), En) => format!(
            "A copy is kept as backup {n} in this browser. The page started with an empty plan; the saved one is only replaced once you make a change."
        ),
        (Backup::Kept(n) | Backup::AlreadyKept(n), Nl) => format!(
            "Er is een kopie bewaard als reservekopie {n} in deze browser. De pagina is met een leeg plan gestart; het opgeslagen plan wordt pas vervangen als u iets wijzigt."
        ),
        (Backup::NoFreeSlot, En) => "No backup copy could be made: three backups are kept already. The saved plan is kept unchanged, and the page saves nothing until you download or discard it.".to_owned(),
        (Backup::NoFreeSlot, Nl) => "Er kon geen reservekopie worden gemaakt: er zijn al drie reservekopieën bewaard. Het opgeslagen plan blijft ongewijzigd bewaard; de pagina slaat niets op totdat u het downloadt of verwijdert.".to_owned(),
        (Backup::Failed(e), En) => format!(
            "No backup copy could be made ({}). The saved plan is kept unchanged, and the page saves nothing until you download or discard it.",
            store_reason(l, e)
        ),
        (Backup::Failed(e), Nl) => format!(
            "Er kon geen reservekopie worden gemaakt ({}). Het opgeslagen plan blijft ongewijzigd bewaard; de pagina slaat niets op totdat u het downloadt of verwijdert.",
            store_reason(l, e)
        ),
    };
    format!("{head} {tail}")
}

/// Why the plan cannot be saved (autosave refuses to write what the reader
/// would refuse).
pub fn save_refused(l: Locale, e: &crate::format::ExportError) -> String {
    use crate::domain::limits::List;
    use crate::format::ExportError as E;
    match e {
        E::TooMany { list, count, max } => {
            let (count, max) = (super::format_int(l, *count as u64), super::format_int(l, *max as u64));
            match (l, list) {
                (Locale::En, List::Domains) => format!("The plan cannot be saved: it has {count} custom domains, and at most {max} are allowed. Remove some to save again."),
                (Locale::En, List::Groups) => format!("The plan cannot be saved: it has {count} groups, and at most {max} are allowed. Remove some to save again."),
                (Locale::En, List::ChecklistItems) => format!("The plan cannot be saved: it has {count} checklist item states, and at most {max} are allowed."),
                (Locale::Nl, List::Domains) => format!("Het plan kan niet worden opgeslagen: het heeft {count} aangepaste domeinnamen, en er zijn er maximaal {max} toegestaan. Verwijder er enkele om weer op te slaan."),
                (Locale::Nl, List::Groups) => format!("Het plan kan niet worden opgeslagen: het heeft {count} groepen, en er zijn er maximaal {max} toegestaan. Verwijder er enkele om weer op te slaan."),
                (Locale::Nl, List::ChecklistItems) => format!("Het plan kan niet worden opgeslagen: het heeft {count} statussen van controlelijstitems, en er zijn er maximaal {max} toegestaan."),
            }
        }
        E::UnknownRuleset { id } => match l {
            Locale::En => format!("The plan cannot be saved: this version of Enrollready does not know its ruleset \"{id}\"."),
            Locale::Nl => format!("Het plan kan niet worden opgeslagen: deze versie van Enrollready kent de regelset \"{id}\" niet."),
        },
        E::Json(detail) => match l {
            Locale::En => format!("The plan cannot be saved ({detail})."),
            Locale::Nl => format!("Het plan kan niet worden opgeslagen ({detail})."),
        },
    }
}

/// Why "Add" is off: the list is at its cap.
pub fn list_full(l: Locale, list: crate::domain::limits::List) -> String {
    use crate::domain::limits::List;
    let max = super::format_int(l, list.max() as u64);
    match (l, list) {
        (Locale::En, List::Domains) => {
            format!("The plan holds the most custom domains allowed ({max}).")
        }
        (Locale::En, List::Groups) => format!("The plan holds the most groups allowed ({max})."),
        (Locale::En, List::ChecklistItems) => {
            format!("The plan holds the most checklist item states allowed ({max}).")
        }
        (Locale::Nl, List::Domains) => {
            format!("Het plan bevat het maximale aantal aangepaste domeinnamen ({max}).")
        }
        (Locale::Nl, List::Groups) => {
            format!("Het plan bevat het maximale aantal groepen ({max}).")
        }
        (Locale::Nl, List::ChecklistItems) => {
            format!("Het plan bevat het maximale aantal statussen van controlelijstitems ({max}).")
        }
    }
}

/// The alert shown after a panic. `last_saved` is the local time of the last
/// save ("14:05"), if any.
pub fn panic_message(l: Locale, last_saved: Option<&str>) -> String {
    match (l, last_saved) {
        (Locale::En, Some(t)) => format!("Something went wrong in this page. Your plan was last saved at {t}. Reload the page to go on."),
        (Locale::Nl, Some(t)) => format!("Er is iets misgegaan in deze pagina. Uw plan is het laatst opgeslagen om {t}. Laad de pagina opnieuw om verder te gaan."),
        (Locale::En, None) => "Something went wrong in this page. Your plan has not been saved in this session. Reload the page to go on.".to_owned(),
        (Locale::Nl, None) => "Er is iets misgegaan in deze pagina. Uw plan is in deze sessie nog niet opgeslagen. Laad de pagina opnieuw om verder te gaan.".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backup_notices_say_what_happened() {
        for l in Locale::ALL {
            let kept = restore_failed(l, "x", Backup::Kept(2));
            assert!(kept.contains('2'), "{kept}");
            let none = restore_failed(l, "x", Backup::NoFreeSlot);
            let failed = restore_failed(l, "x", Backup::Failed(StoreError::Full));
            assert_ne!(kept, none);
            assert_ne!(none, failed);
            assert!(!panic_message(l, Some("14:05")).is_empty());
        }
        assert!(restore_failed(Locale::En, "x", Backup::Failed(StoreError::Full)).contains("full"));
        assert!(panic_message(Locale::Nl, Some("14:05")).contains("14:05"));
    }
}
