//! Messages with parameters: findings and a few computed sentences. Every
//! function matches on both languages, so none can miss a translation.

use super::{format_int, Locale};
use crate::domain::checklist::ItemCode;
use crate::domain::checks::{is_invisible, CharList};
use crate::domain::company_portal::{LOGO_MAX_BYTES, LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH};
use crate::domain::{Code, Logo};

/// Labels of step 4's checklist items under `intune-2026`: (id, English, Dutch).
pub const PORTAL_ITEMS_2026: &[(&str, &str, &str)] = &[
    (
        "T4-01",
        "Default customization policy edited and saved: Microsoft Intune admin center > Tenant administration > Customization (branding, support information and configuration)",
        "Standaardaanpassingsbeleid bewerkt en opgeslagen: Microsoft Intune-beheercentrum > Tenantbeheer > Aanpassing (huisstijl, ondersteuningsgegevens en configuratie)",
    ),
    (
        "T4-02",
        "Device enrollment setting chosen in the policy: Available, with prompts (default), Available, no prompts, or Unavailable",
        "Instelling voor apparaatinschrijving gekozen in het beleid: Beschikbaar, met prompts (standaard), Beschikbaar, geen prompts, of Niet beschikbaar",
    ),
    (
        "T4-03",
        "iOS/iPadOS privacy messages reviewed: what support can't see or do and what support sees or does (default or custom, at most 520 characters each, Markdown)",
        "Privacyberichten voor iOS/iPadOS gecontroleerd: wat de ondersteuning niet kan zien of doen en wat de ondersteuning wel ziet of doet (standaard of aangepast, elk maximaal 520 tekens, Markdown)",
    ),
    (
        "T4-04",
        "Optional brand image uploaded: PNG, JPG or JPEG, at most 1.3 MB, wider than 1125 pixels recommended; logos at most 750 KB, taller than 72 pixels recommended",
        "Optionele merkafbeelding geüpload: PNG, JPG of JPEG, maximaal 1,3 MB, breder dan 1125 pixels aanbevolen; logo's maximaal 750 kB, hoger dan 72 pixels aanbevolen",
    ),
    (
        "T4-05",
        "Policies for groups of users (up to 25 besides the default policy; user groups only, device groups are not supported); Hide Remove and Reset exist only in the default policy",
        "Beleid voor groepen gebruikers (maximaal 25 naast het standaardbeleid; alleen gebruikersgroepen, apparaatgroepen worden niet ondersteund); Verwijderen en Opnieuw instellen verbergen bestaat alleen in het standaardbeleid",
    ),
];

/// Labels of step 4's checklist items: (id, English, Dutch).
pub const PORTAL_ITEMS: &[(&str, &str, &str)] = &[(
    "S4-01",
    "Company Portal settings entered and saved in the Microsoft Intune administration console (Admin > Company Portal); only a tenant or service administrator can change these settings; the links at the bottom of Admin > Company Portal show the Company Portal website and can't be changed",
    "Instellingen van de bedrijfsportal ingevoerd en opgeslagen in de Microsoft Intune-beheerconsole (Beheer > Bedrijfsportal); alleen een tenant- of servicebeheerder kan deze instellingen wijzigen; de koppelingen onder aan Beheer > Bedrijfsportal tonen de bedrijfsportalwebsite en kunnen niet worden gewijzigd",
)];

/// The message for a finding code.
pub fn finding_message(code: &Code, l: Locale) -> String {
    use Locale::{En, Nl};
    match code {
        Code::Required => match l {
            En => "Required.".into(),
            Nl => "Verplicht.".into(),
        },
        Code::TooLong { max, actual } => match l {
            En => format!("At most {max} characters; this has {actual}. Shorten it by {}.", actual.saturating_sub(*max)),
            Nl => format!("Maximaal {max} tekens; u hebt er {actual} ingevoerd. Verwijder er {}.", actual.saturating_sub(*max)),
        },
        Code::CompanyNameCharacters { found } => {
            let list = char_list(l, found);
            match l {
                En => format!("Letters, digits and spaces only (alphanumeric, no special characters). Remove: {list}"),
                Nl => format!("Uitsluitend letters, cijfers en spaties (alfanumeriek, geen speciale tekens). Verwijder: {list}"),
            }
        }
        Code::CompanyNameNonAsciiLetters { found } => {
            let list = char_list(l, found);
            match l {
                En => format!("Letters outside A–Z (accents, other scripts) are not confirmed for the 2017 console: {list}. If in doubt, use A–Z, digits and spaces only."),
                Nl => format!("Letters buiten A–Z (accenten, andere schriften) zijn voor de beheerconsole uit 2017 niet bevestigd: {list}. Gebruik bij twijfel uitsluitend A–Z, cijfers en spaties."),
            }
        }
        Code::PhoneFormat => match l {
            En => "This does not look like a phone number (digits, spaces and + - ( ) . /, with at least one digit). Microsoft documents no format for this field: check the number.".into(),
            Nl => "Dit lijkt geen telefoonnummer (cijfers, spaties en + - ( ) . /, met ten minste één cijfer). Microsoft schrijft voor dit veld geen notatie voor: controleer het nummer.".into(),
        },
        Code::EmailFormat => match l {
            En => "Enter a valid email address of the form alias@domainname.com.".into(),
            Nl => "Voer een geldig e-mailadres in de notatie alias@domainname.com in.".into(),
        },
        Code::UrlMissingScheme => match l {
            En => "Enter a full URL that starts with https://, such as https://www.contoso.com.".into(),
            Nl => "Voer een volledige URL in die begint met https://, zoals https://www.contoso.com.".into(),
        },
        Code::UrlNotHttps { scheme } if scheme == "http" => match l {
            En => "This URL starts with http://, not https://. That is allowed, but the page is not encrypted and devices may warn users: use https:// if the site supports it.".into(),
            Nl => "Deze URL begint met http://, niet met https://. Dat is toegestaan, maar de pagina is niet versleuteld en apparaten kunnen gebruikers waarschuwen: gebruik https:// als de website dat ondersteunt.".into(),
        },
        Code::UrlNotHttps { scheme } => match l {
            En => format!("The URL must start with https://, not {scheme}://."),
            Nl => format!("De URL moet beginnen met https://, niet met {scheme}://."),
        },
        Code::UrlHostWithoutDot => match l {
            En => "The host name must be a full domain name with a dot, such as www.contoso.com.".into(),
            Nl => "De hostnaam moet een volledige domeinnaam met een punt zijn, zoals www.contoso.com.".into(),
        },
        Code::UrlNonAsciiHost => match l {
            En => "Enter a host name with accents or other non-ASCII letters in its xn-- form (Punycode), such as xn--bcher-kva.nl.".into(),
            Nl => "Voer een hostnaam met accenten of andere niet-ASCII-tekens in de xn--notatie (Punycode) in, zoals xn--bcher-kva.nl.".into(),
        },
        Code::UrlInvalid => match l {
            En => "This is not a valid URL. Use the form https://www.contoso.com.".into(),
            Nl => "Dit is geen geldige URL. Gebruik de notatie https://www.contoso.com.".into(),
        },
        Code::UrlInvisibleCharacters { found } => {
            let list = char_list(l, found);
            match l {
                En => format!("The URL contains invisible characters or characters that change the text direction: {list}. Remove them, or type the address again."),
                Nl => format!("De URL bevat onzichtbare tekens of tekens die de schrijfrichting wijzigen: {list}. Verwijder ze of typ het adres opnieuw."),
            }
        }
        Code::WebsiteNameDefault => match l {
            En => "No website name: the Contact IT page shows \"Go to IT website\" for the support website.".into(),
            Nl => "Het veld Naam website is leeg: op de pagina Contact opnemen met IT wordt dan \"Ga naar de website van IT\" weergegeven.".into(),
        },
        Code::WebsiteNameIgnored => match l {
            En => "This name is ignored: it is shown only together with a support website URL.".into(),
            Nl => "Deze naam wordt genegeerd: hij wordt alleen weergegeven samen met een URL van de ondersteuningswebsite.".into(),
        },
        Code::ThemeColorFormat => match l {
            En => "Enter the color as # and six hexadecimal digits, such as #0078D4.".into(),
            Nl => "Voer de kleur in als # met zes hexadecimale cijfers, zoals #0078D4.".into(),
        },
        Code::LogoRequired => match l {
            En => "\"Include company logo\" is on: upload this logo too, or turn the option off.".into(),
            Nl => "\"Bedrijfslogo opnemen\" is ingeschakeld: upload ook dit logo of schakel de optie uit.".into(),
        },
        Code::LogoNotImage => match l {
            En => "This file is not a PNG or JPEG image (judged by its content, not its name).".into(),
            Nl => "Dit bestand is geen png- of jpg-afbeelding; het type wordt herkend aan de inhoud, niet aan de bestandsnaam.".into(),
        },
        Code::LogoTruncated => match l {
            En => "This image file is incomplete or damaged. Save it again and upload the new file.".into(),
            Nl => "Dit afbeeldingsbestand is onvolledig of beschadigd. Sla het opnieuw op en upload het nieuwe bestand.".into(),
        },
        Code::LogoDimensions { width, height, max_width, max_height } => match l {
            En => format!("The image is {width} × {height} pixels; at most {max_width} × {max_height} is allowed."),
            Nl => format!("De afbeelding is {width} × {height} pixels; maximaal {max_width} × {max_height} is toegestaan."),
        },
        Code::LogoTooLarge { bytes, max } => {
            let kb = format_int(l, max / 1000);
            match l {
                En => format!("The file is {} bytes; at most {} bytes ({kb} kB) is allowed.", format_int(l, *bytes), format_int(l, *max)),
                Nl => format!("Het bestand is {} bytes; maximaal {} bytes ({kb} kB) is toegestaan.", format_int(l, *bytes), format_int(l, *max)),
            }
        }
        Code::LogoContentMissing => match l {
            En => "The file's content is missing from the saved plan. Upload the logo again.".into(),
            Nl => "De inhoud van het bestand ontbreekt in het opgeslagen plan. Upload het logo opnieuw.".into(),
        },
        Code::LogoContentNotBase64 => match l {
            En => "The logo's content in the plan is not base64 (nor a data: URL with base64), so it cannot be read. It was kept unchanged; upload the logo again.".into(),
            Nl => "De inhoud van het logo in het plan is geen base64 (ook geen data:-URL met base64) en kan niet worden gelezen. De inhoud is ongewijzigd bewaard; upload het logo opnieuw.".into(),
        },
        Code::LogoTrailingData { bytes } => {
            let n = format_int(l, *bytes);
            match l {
                En => format!("The image is complete, but the file has {n} more bytes after its end. Browsers show it; to be safe, save it again without the extra data."),
                Nl => format!("De afbeelding is volledig, maar het bestand bevat daarna nog {n} bytes. Browsers geven het weer; sla het voor de zekerheid opnieuw op zonder die extra gegevens."),
            }
        }
        Code::LogoLow { height, over } => match l {
            En => format!("The logo is {height} pixels high; Microsoft recommends more than {over} pixels."),
            Nl => format!("Het logo is {height} pixels hoog; Microsoft raadt meer dan {over} pixels aan."),
        },
        Code::BrandImageNarrow { width, over } => match l {
            En => format!("The brand image is {width} pixels wide; Microsoft recommends more than {over} pixels."),
            Nl => format!("De merkafbeelding is {width} pixels breed; Microsoft raadt meer dan {over} pixels aan."),
        },
        Code::Item(c) => item_message(c, l),
        Code::Connections(c) => super::connections::message(c, l),
        Code::Authority(c) => super::authority::message(c, l),
        Code::Groups(c) => super::groups::message(c, l),
        Code::Licenses(c) => super::licenses::message(c, l),
        Code::Enrollment(c) => super::enrollment::message(c, l),
        Code::Recovery(c) => super::recovery::message(c, l),
    }
}

fn item_message(code: &ItemCode, l: Locale) -> String {
    use Locale::{En, Nl};
    match code {
        ItemCode::ReasonMissing => match l {
            En => "Say why this item does not apply.".into(),
            Nl => "Geef aan waarom dit item niet van toepassing is.".into(),
        },
        ItemCode::DueDateFormat => match l {
            En => "Enter the due date as YYYY-MM-DD, such as 2017-06-30.".into(),
            Nl => "Voer de streefdatum in als JJJJ-MM-DD, zoals 2017-06-30.".into(),
        },
        ItemCode::Overdue { days } => match l {
            En => format!(
                "Overdue by {days} {}.",
                if *days == 1 { "day" } else { "days" }
            ),
            Nl => format!(
                "De streefdatum is {days} {} overschreden.",
                if *days == 1 { "dag" } else { "dagen" }
            ),
        },
    }
}

/// Short names of the invisible characters users meet most: (code point,
/// English, Dutch).
const CHAR_NAMES: &[(char, &str, &str)] = &[
    ('\t', "tab", "tab"),
    ('\n', "line feed", "regelinvoer"),
    ('\r', "carriage return", "regelterugloop"),
    ('\u{A0}', "no-break space", "vaste spatie"),
    ('\u{AD}', "soft hyphen", "zacht afbreekstreepje"),
    ('\u{200B}', "zero width space", "spatie zonder breedte"),
    (
        '\u{200C}',
        "zero width non-joiner",
        "niet-verbindend teken zonder breedte",
    ),
    (
        '\u{200D}',
        "zero width joiner",
        "verbindend teken zonder breedte",
    ),
    (
        '\u{200E}',
        "left-to-right mark",
        "links-naar-rechtsmarkering",
    ),
    (
        '\u{200F}',
        "right-to-left mark",
        "rechts-naar-linksmarkering",
    ),
    (
        '\u{202A}',
        "left-to-right embedding",
        "links-naar-rechtsinsluiting",
    ),
    (
        '\u{202B}',
        "right-to-left embedding",
        "rechts-naar-linksinsluiting",
    ),
    (
        '\u{202C}',
        "pop directional formatting",
        "einde richtingsopmaak",
    ),
    (
        '\u{202D}',
        "left-to-right override",
        "links-naar-rechtsoverschrijving",
    ),
    (
        '\u{202E}',
        "right-to-left override",
        "rechts-naar-linksoverschrijving",
    ),
    (
        '\u{2066}',
        "left-to-right isolate",
        "links-naar-rechtsisolatie",
    ),
    (
        '\u{2067}',
        "right-to-left isolate",
        "rechts-naar-linksisolatie",
    ),
    (
        '\u{2068}',
        "first strong isolate",
        "isolatie eerste sterke teken",
    ),
    (
        '\u{2069}',
        "pop directional isolate",
        "einde richtingsisolatie",
    ),
    ('\u{FEFF}', "byte order mark", "bytevolgordemarkering"),
];

/// One character of a list: visible ones quoted, invisible ones (white space,
/// control and format characters, marks, private use) by code point, such as
/// `U+200B (zero width space)`.
fn char_item(l: Locale, c: char) -> String {
    if !is_invisible(c) {
        return format!("\u{201C}{c}\u{201D}");
    }
    let code = format!("U+{:04X}", u32::from(c));
    match CHAR_NAMES.iter().find(|(n, ..)| *n == c) {
        Some((_, en, nl)) => format!("{code} ({})", if l == Locale::En { en } else { nl }),
        None => code,
    }
}

/// The characters of a [`CharList`], separated by spaces, then how many more
/// there are: at most ten characters, whatever the value holds.
pub fn char_list(l: Locale, found: &CharList) -> String {
    let mut items: Vec<String> = found.shown.iter().map(|&c| char_item(l, c)).collect();
    if found.more > 0 {
        let n = format_int(l, found.more as u64);
        items.push(match l {
            Locale::En => format!("and {n} more"),
            Locale::Nl => format!("en nog {n} andere"),
        });
    }
    items.join(" ")
}

/// Why a plan file could not be read.
pub fn import_error(e: &crate::format::ImportError, l: Locale) -> String {
    use crate::domain::limits::List;
    use crate::format::ImportError as E;
    use Locale::{En, Nl};
    /// Text from the file, cut to a readable length.
    fn cut(text: &str, max: usize) -> String {
        let mut s: String = text.chars().take(max).collect();
        if text.chars().nth(max).is_some() {
            s.push('…');
        }
        s
    }
    /// A member name from the file, quoted.
    fn quoted(key: &str) -> String {
        format!("\u{201C}{}\u{201D}", cut(key, 60))
    }
    match e {
        E::TooLarge { bytes, max } => match l {
            En => format!("The file is {} bytes; plan files of at most {} bytes are read. Nothing was changed.", format_int(l, *bytes), format_int(l, *max)),
            Nl => format!("Het bestand is {} bytes; planbestanden van maximaal {} bytes worden gelezen. Er is niets gewijzigd.", format_int(l, *bytes), format_int(l, *max)),
        },
        E::ReaderUnavailable => match l {
            En => "The part of the page that reads plans could not be loaded. Check the connection and reload the page. Nothing was changed.".into(),
            Nl => "Het deel van de pagina dat plannen leest, kon niet worden geladen. Controleer de verbinding en laad de pagina opnieuw. Er is niets gewijzigd.".into(),
        },
        E::Empty => match l {
            En => "The file is empty. Nothing was changed.".into(),
            Nl => "Het bestand is leeg. Er is niets gewijzigd.".into(),
        },
        E::NotText { line, column } => match l {
            En => format!("The file is not UTF-8 text: unreadable character at line {line}, column {column}. Save it as UTF-8 and try again. Nothing was changed."),
            Nl => format!("Het bestand is geen UTF-8-tekst: onleesbaar teken op regel {line}, kolom {column}. Sla het op als UTF-8 en probeer het opnieuw. Er is niets gewijzigd."),
        },
        E::InvalidJson { line, column } => match l {
            En => format!("The file is not valid JSON: error at line {line}, column {column}. Nothing was changed."),
            Nl => format!("Het bestand is geen geldige JSON: fout op regel {line}, kolom {column}. Er is niets gewijzigd."),
        },
        E::TooDeep { line, column } => match l {
            En => format!("The file is nested too deeply at line {line}, column {column} (a plan file never is). Nothing was changed."),
            Nl => format!("Het bestand is te diep genest op regel {line}, kolom {column} (een planbestand is dat nooit). Er is niets gewijzigd."),
        },
        E::DuplicateKey { key, line, column } => match l {
            En => format!("The file names {} twice in the same object, at line {line}, column {column}. Remove one of the two. Nothing was changed.", quoted(key)),
            Nl => format!("Het bestand noemt {} twee keer in hetzelfde object, op regel {line}, kolom {column}. Verwijder een van de twee. Er is niets gewijzigd.", quoted(key)),
        },
        E::NotAPlan => match l {
            En => "This file is not an Enrollready plan (its \"format\" is not \"enrollready-plan\"). Nothing was changed.".into(),
            Nl => "Dit bestand is geen Enrollready-plan (het \"format\" is niet \"enrollready-plan\"). Er is niets gewijzigd.".into(),
        },
        E::NewerVersion {
            found,
            supported,
            written_by,
        } => {
            let by = written_by.as_deref().map(|v| cut(v, 40));
            match l {
                En => {
                    let by = by.map(|v| format!(" (written by Enrollready {v})")).unwrap_or_default();
                    format!("This plan uses schema version {found}{by}, but this version of Enrollready reads up to version {supported}. Open it with a newer Enrollready. Nothing was changed.")
                }
                Nl => {
                    let by = by.map(|v| format!(" (geschreven door Enrollready {v})")).unwrap_or_default();
                    format!("Dit plan gebruikt schemaversie {found}{by}, maar deze versie van Enrollready leest tot en met versie {supported}. Open het met een nieuwere Enrollready. Er is niets gewijzigd.")
                }
            }
        }
        E::UnknownRuleset { id } => match l {
            En => format!("This plan uses the ruleset \"{id}\", which this version of Enrollready does not know. Nothing was changed."),
            Nl => format!("Dit plan gebruikt de regelset \"{id}\", die deze versie van Enrollready niet kent. Er is niets gewijzigd."),
        },
        E::TooMany { list, count, max } => {
            let (count, max) = (format_int(l, *count as u64), format_int(l, *max as u64));
            match l {
                En => {
                    let what = match list {
                        List::Domains => "custom domains",
                        List::Groups => "groups",
                        List::ChecklistItems => "checklist item states",
                    };
                    format!("The plan has {count} {what}; at most {max} are allowed. Nothing was changed.")
                }
                Nl => {
                    let what = match list {
                        List::Domains => "aangepaste domeinnamen",
                        List::Groups => "groepen",
                        List::ChecklistItems => "statussen van controlelijstitems",
                    };
                    format!("Het plan heeft {count} {what}; er zijn er maximaal {max} toegestaan. Er is niets gewijzigd.")
                }
            }
        }
        E::BadStructure { line, column } => match l {
            En => format!("The plan in this file has a value of the wrong type at line {line}, column {column}. Nothing was changed."),
            Nl => format!("Het plan in dit bestand bevat op regel {line}, kolom {column} een waarde van het verkeerde type. Er is niets gewijzigd."),
        },
    }
}

/// "12 of 40 characters" under a text field.
pub fn char_count(l: Locale, count: usize, max: usize) -> String {
    match l {
        Locale::En => format!("{count} of {max} characters"),
        Locale::Nl => format!("{count} van {max} tekens"),
    }
}

/// The accessible name of a logo's remove button: the visible word and the field.
pub fn remove_named(l: Locale, field_label: &str) -> String {
    match l {
        Locale::En => format!("Remove: {field_label}"),
        Locale::Nl => format!("Verwijderen: {field_label}"),
    }
}

/// The limits of a logo file, from the rule constants.
pub fn logo_limits(l: Locale) -> String {
    let bytes = format_int(l, LOGO_MAX_BYTES);
    let kb = format_int(l, LOGO_MAX_BYTES / 1000);
    match l {
        Locale::En => format!(
            "At most {LOGO_MAX_WIDTH} × {LOGO_MAX_HEIGHT} pixels and {bytes} bytes ({kb} kB)."
        ),
        Locale::Nl => format!(
            "Maximaal {LOGO_MAX_WIDTH} × {LOGO_MAX_HEIGHT} pixels en {bytes} bytes ({kb} kB)."
        ),
    }
}

/// The limits of an image in a slot under a ruleset's rules of step 4:
/// the 2017 logo limits, or today's size limit and recommendation (the KB
/// and MB base is not documented by Microsoft: the decimal reading).
pub fn image_limits(l: Locale, rules: &crate::domain::company_portal::Rules, slot: crate::domain::LogoSlot) -> String {
    use crate::domain::LogoSlot;
    let (max, recommended) = match slot {
        LogoSlot::BrandImage => (
            rules.brand_image_max_bytes,
            rules.brand_image_recommended_width_over.map(|n| (n, true)),
        ),
        LogoSlot::WhiteBackground | LogoSlot::ThemeBackground => {
            if rules.logo_max_dimensions.is_some() {
                return logo_limits(l);
            }
            (
                Some(rules.logo_max_bytes),
                rules.logo_recommended_height_over.map(|n| (n, false)),
            )
        }
    };
    let max = max.map(|m| format_int(l, m)).unwrap_or_default();
    let recommended = match (recommended, l) {
        (Some((n, true)), Locale::En) => format!(" More than {} pixels wide is recommended.", format_int(l, u64::from(n))),
        (Some((n, true)), Locale::Nl) => format!(" Meer dan {} pixels breed wordt aanbevolen.", format_int(l, u64::from(n))),
        (Some((n, false)), Locale::En) => format!(" More than {n} pixels high is recommended."),
        (Some((n, false)), Locale::Nl) => format!(" Meer dan {n} pixels hoog wordt aanbevolen."),
        (None, _) => String::new(),
    };
    match l {
        Locale::En => format!("PNG or JPEG, at most {max} bytes; no maximum size in pixels.{recommended} Whether Microsoft's KB and MB mean 1,000 or 1,024 is not documented by Microsoft: this tool reads 1,000."),
        Locale::Nl => format!("PNG of JPEG, maximaal {max} bytes; geen maximale grootte in pixels.{recommended} Of Microsofts KB en MB 1.000 of 1.024 betekenen, is niet door Microsoft gedocumenteerd: deze tool leest 1.000."),
    }
}

/// A description of an uploaded logo: name, type, size.
pub fn logo_summary(l: Locale, logo: &Logo) -> String {
    let kind = match logo.kind {
        crate::domain::ImageKind::Png => "PNG",
        crate::domain::ImageKind::Jpeg => "JPEG",
        crate::domain::ImageKind::Other => match l {
            Locale::En => "unknown type",
            Locale::Nl => "onbekend type",
        },
    };
    let dims = match (logo.width, logo.height) {
        (Some(w), Some(h)) => format!(", {w} × {h} px"),
        _ => String::new(),
    };
    format!(
        "{}: {kind}{dims}, {} bytes",
        logo.file_name,
        format_int(l, logo.byte_size)
    )
}

/// The message when the browser refuses to store the plan.
pub fn storage_failed(l: Locale, reason: &str) -> String {
    match l {
        Locale::En => format!("Your changes cannot be saved in this browser ({reason}). The page keeps working, but reloading it will lose them."),
        Locale::Nl => format!("Uw wijzigingen kunnen niet in deze browser worden opgeslagen ({reason}). De pagina blijft werken, maar bij opnieuw laden gaan ze verloren."),
    }
}

/// The status line of a step: how many problems and warnings.
pub fn step_status(l: Locale, blockers: usize, warnings: usize) -> String {
    let p = |n: usize, en1: &str, enn: &str| {
        if n == 1 {
            en1.to_owned()
        } else {
            enn.to_owned()
        }
    };
    match l {
        Locale::En => format!(
            "{blockers} {} to fix, {warnings} {}.",
            p(blockers, "problem", "problems"),
            p(warnings, "warning", "warnings")
        ),
        Locale::Nl => format!(
            "{blockers} {} op te lossen, {warnings} {}.",
            p(blockers, "probleem", "problemen"),
            p(warnings, "waarschuwing", "waarschuwingen")
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_codes() -> Vec<Code> {
        vec![
            Code::Required,
            Code::TooLong {
                max: 40,
                actual: 41,
            },
            Code::CompanyNameCharacters { found: "&.".into() },
            Code::PhoneFormat,
            Code::EmailFormat,
            Code::UrlMissingScheme,
            Code::UrlNotHttps {
                scheme: "http".into(),
            },
            Code::UrlNotHttps {
                scheme: "ftp".into(),
            },
            Code::UrlHostWithoutDot,
            Code::UrlNonAsciiHost,
            Code::UrlInvalid,
            Code::WebsiteNameDefault,
            Code::WebsiteNameIgnored,
            Code::ThemeColorFormat,
            Code::LogoRequired,
            Code::LogoNotImage,
            Code::LogoTruncated,
            Code::LogoDimensions {
                width: 800,
                height: 200,
                max_width: 400,
                max_height: 100,
            },
            Code::LogoTooLarge {
                bytes: 900_000,
                max: 750_000,
            },
            Code::LogoContentMissing,
            Code::LogoContentNotBase64,
            Code::LogoTrailingData { bytes: 16 },
            Code::LogoLow {
                height: 60,
                over: 72,
            },
            Code::BrandImageNarrow {
                width: 1000,
                over: 1125,
            },
            Code::CompanyNameNonAsciiLetters { found: "é".into() },
            Code::UrlInvisibleCharacters {
                found: "\u{202E}".into(),
            },
        ]
    }

    #[test]
    fn every_finding_has_both_languages() {
        for code in all_codes() {
            let en = finding_message(&code, Locale::En);
            let nl = finding_message(&code, Locale::Nl);
            assert!(!en.is_empty() && !nl.is_empty(), "{code:?}");
            assert_ne!(en, nl, "{code:?} is not translated");
        }
    }

    #[test]
    fn parameters_appear_in_the_message() {
        let m = finding_message(
            &Code::TooLong {
                max: 40,
                actual: 43,
            },
            Locale::Nl,
        );
        assert!(
            m.contains("40") && m.contains("43") && m.contains('3'),
            "{m}"
        );
        let m = finding_message(
            &Code::LogoTooLarge {
                bytes: 900_000,
                max: 750_000,
            },
            Locale::En,
        );
        assert!(m.contains("900,000") && m.contains("750,000"), "{m}");
        let m = finding_message(
            &Code::CompanyNameCharacters { found: "&".into() },
            Locale::En,
        );
        assert!(m.contains("\u{201C}&\u{201D}"), "{m}");
    }
}
