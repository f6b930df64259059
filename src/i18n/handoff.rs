//! Messages about plans coming in: an imported file or a share link, the
//! question before one replaces local work, and why one could not be read.
//! Every arm has both languages.

use super::{format_int, Locale};
use crate::format::share::ShareError;

/// Where an incoming plan comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// A file, by its name.
    File(String),
    /// A share link.
    Link,
}

/// The question before an incoming plan replaces the plan in the page.
pub fn replace_question(l: Locale, source: &Source) -> String {
    match (source, l) {
        (Source::File(name), Locale::En) => format!(
            "Replace the plan in this page with the plan from \u{201C}{name}\u{201D}? Undo brings your plan back."
        ),
        (Source::File(name), Locale::Nl) => format!(
            "Het plan op deze pagina vervangen door het plan uit \u{201C}{name}\u{201D}? Met Ongedaan maken krijgt u uw plan terug."
        ),
        (Source::Link, Locale::En) => {
            "This link holds a plan. Replace the plan in this page with it? Undo brings your plan back.".into()
        }
        (Source::Link, Locale::Nl) => {
            "Deze link bevat een plan. Het plan op deze pagina ermee vervangen? Met Ongedaan maken krijgt u uw plan terug.".into()
        }
    }
}

/// Why a share link could not be opened. Nothing was changed.
pub fn share_error(l: Locale, e: &ShareError) -> String {
    use Locale::{En, Nl};
    match (e, l) {
        (ShareError::Empty, En) => "The share link holds no plan: it ends after \u{201C}#plan=\u{201D}. Nothing was changed.".into(),
        (ShareError::Empty, Nl) => "De deellink bevat geen plan: hij eindigt na \u{201C}#plan=\u{201D}. Er is niets gewijzigd.".into(),
        (ShareError::TooLong { chars }, En) => format!(
            "The share link is {} characters long, too long to be an Enrollready link. Nothing was changed.",
            format_int(l, *chars as u64)
        ),
        (ShareError::TooLong { chars }, Nl) => format!(
            "De deellink is {} tekens lang, te lang voor een Enrollready-link. Er is niets gewijzigd.",
            format_int(l, *chars as u64)
        ),
        (ShareError::NotBase64, En) => "The share link was changed or cut off: it has characters that a share link cannot have. Ask for the link again. Nothing was changed.".into(),
        (ShareError::NotBase64, Nl) => "De deellink is gewijzigd of afgebroken: hij bevat tekens die een deellink niet kan hebben. Vraag de link opnieuw op. Er is niets gewijzigd.".into(),
        (ShareError::Damaged, En) => "The share link is damaged or cut off, so its plan cannot be unpacked. Ask for the link again. Nothing was changed.".into(),
        (ShareError::Damaged, Nl) => "De deellink is beschadigd of afgebroken, zodat het plan niet kan worden uitgepakt. Vraag de link opnieuw op. Er is niets gewijzigd.".into(),
        (ShareError::TooLarge { max }, En) => format!(
            "The share link unpacks to more than {} bytes, more than any plan. Nothing was changed.",
            format_int(l, *max)
        ),
        (ShareError::TooLarge { max }, Nl) => format!(
            "De deellink pakt uit tot meer dan {} bytes, meer dan enig plan. Er is niets gewijzigd.",
            format_int(l, *max)
        ),
        (ShareError::Plan(e), En) => format!("The share link's plan cannot be read. {}", super::messages::import_error(e, l)),
        (ShareError::Plan(e), Nl) => format!("Het plan in de deellink kan niet worden gelezen. {}", super::messages::import_error(e, l)),
    }
}

/// Why a picked or dropped file could not be imported. Nothing was changed.
pub fn file_error(l: Locale, name: &str, e: &crate::format::ImportError) -> String {
    let reason = super::messages::import_error(e, l);
    match l {
        Locale::En => format!("\u{201C}{name}\u{201D} cannot be imported. {reason}"),
        Locale::Nl => format!("\u{201C}{name}\u{201D} kan niet worden geïmporteerd. {reason}"),
    }
}
