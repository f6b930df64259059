//! Texts of the builder with parameters: names of repeated controls, the
//! readiness meter, expiry states, the DNS records and the support request.

use super::{Locale, Text};
use crate::domain::connections::CnameRecord;
use crate::domain::enrollment::ExpiryState;
use crate::domain::readiness::{Readiness, StepReadiness};
use crate::domain::recovery::{SupportPack, TenantId};

/// The word for a readiness state, as the meter and the navigation say it.
pub fn state_word(r: Readiness) -> Text {
    match r {
        Readiness::NotStarted => Text::StateNotStarted,
        Readiness::Blocked => Text::StateBlocked,
        Readiness::InProgress => Text::StateInProgress,
        Readiness::ReadyWithWarnings => Text::StateReadyWithWarnings,
        Readiness::Ready => Text::StateReady,
    }
}

/// The meter's `aria-valuetext`: "<n>% — <state>".
pub fn meter_text(r: &StepReadiness, l: Locale) -> String {
    format!("{}% — {}", r.percent(), state_word(r.readiness).get(l))
}

/// Beside the DNS records: how long their propagation can take.
pub fn dns_propagation(hours: u32, l: Locale) -> String {
    match l {
        Locale::En => format!(
            "DNS changes can take up to {hours} hours to propagate: test auto-detection after that."
        ),
        Locale::Nl => format!(
            "Het doorvoeren van DNS-wijzigingen kan tot {hours} uur duren: test de automatische detectie daarna."
        ),
    }
}

/// The preview of a move to other rules: what it is and what it keeps.
pub fn move_intro(from: &str, to: &str, l: Locale) -> String {
    match l {
        Locale::En => format!(
            "This plan follows {from}. Moving it to {to} changes the following, step by step. Every value you typed is kept: what the new rules do not show stays in the plan and its file, and moving back shows it again. Undo takes the move back."
        ),
        Locale::Nl => format!(
            "Dit plan volgt {from}. Verplaatsen naar {to} verandert het volgende, stap voor stap. Elke ingevulde waarde blijft bewaard: wat de nieuwe regels niet tonen, blijft in het plan en het bestand staan en verschijnt weer na terugverplaatsen. Ongedaan maken draait de verplaatsing terug."
        ),
    }
}

/// The accessible name of a control repeated per entry: its label followed by
/// the entry's name (trimmed) or, when the name is empty, its number (from 1),
/// such as "Domain name 2" or "Remove domain contoso.com".
pub fn entry_label(label: Text, index: usize, name: &str, l: Locale) -> String {
    let name = name.trim();
    if name.is_empty() {
        format!("{} {}", label.get(l), index.saturating_add(1))
    } else {
        format!("{} {name}", label.get(l))
    }
}

/// An expiry state as the date field's message ("Expires in 12 days.",
/// "Expired 3 days ago."); `None` when there is no date or it is not valid
/// (the finding says so).
pub fn expiry_message(s: ExpiryState, l: Locale) -> Option<String> {
    use Locale::{En, Nl};
    Some(match (s, l) {
        (ExpiryState::Missing | ExpiryState::Malformed, _) => return None,
        // The last day counts as expired (the analysis blocks it).
        (ExpiryState::Expired { days_ago: 0 }, En) => "Expires today.".into(),
        (ExpiryState::Expired { days_ago: 0 }, Nl) => "Verloopt vandaag.".into(),
        (ExpiryState::Valid { days_left: 1 } | ExpiryState::Expiring { days_left: 1 }, En) => {
            "Expires in 1 day.".into()
        }
        (ExpiryState::Valid { days_left: 1 } | ExpiryState::Expiring { days_left: 1 }, Nl) => {
            "Verloopt over 1 dag.".into()
        }
        (ExpiryState::Valid { days_left: n } | ExpiryState::Expiring { days_left: n }, En) => {
            format!("Expires in {n} days.")
        }
        (ExpiryState::Valid { days_left: n } | ExpiryState::Expiring { days_left: n }, Nl) => {
            format!("Verloopt over {n} dagen.")
        }
        (ExpiryState::Expired { days_ago: 1 }, En) => "Expired 1 day ago.".into(),
        (ExpiryState::Expired { days_ago: 1 }, Nl) => "1 dag geleden verlopen.".into(),
        (ExpiryState::Expired { days_ago: n }, En) => format!("Expired {n} days ago."),
        (ExpiryState::Expired { days_ago: n }, Nl) => format!("{n} dagen geleden verlopen."),
    })
}

/// One row of the "DNS records" table: name and target without a trailing
/// dot, the type, and the TTL in seconds.
pub fn dns_row(r: &CnameRecord) -> [String; 4] {
    [
        r.host.trim_end_matches('.').to_owned(),
        "CNAME".to_owned(),
        r.target.trim_end_matches('.').to_owned(),
        r.ttl_seconds.to_string(),
    ]
}

/// "Copy all records": the records as zone-file lines (trailing dots kept).
pub fn zone_file(records: &[CnameRecord]) -> String {
    records
        .iter()
        .map(|r| r.zone_line() + "\n")
        .collect::<String>()
}

/// The text of the support request, once the pack is ready: a message to
/// Microsoft Support with the tenant ID, the current and the desired MDM
/// authority, which of the source's three reset scenarios applies, and the
/// reset checklists completed (by their titles). Nothing meant for the admin
/// (such as how long the reset takes) is in it.
pub fn support_request(pack: &SupportPack, l: Locale) -> Option<String> {
    use super::recovery::{authority_name, checklist_title, input_label, scenario_title};
    use crate::domain::recovery::Path;
    if !pack.ready {
        return None;
    }
    let tenant = match pack.tenant_id.as_ref()? {
        TenantId::Domain(s) | TenantId::Guid(s) => s.as_str(),
    };
    let current = pack.current?;
    let target = authority_name(pack.target?, l);
    let current = match (pack.co_existence, l) {
        (false, _) => authority_name(current, l).to_owned(),
        (true, Locale::En) => format!(
            "{}, co-existing with Office 365 (\"Managed by Intune and Office 365\")",
            authority_name(current, l)
        ),
        (true, Locale::Nl) => format!(
            "{}, in co-existentie met Office 365 (\"Managed by Intune and Office 365\")",
            authority_name(current, l)
        ),
    };
    let scenario = match (pack.scenario, l) {
        (Some(s), _) => scenario_title(s, l).to_owned(),
        (None, Locale::En) => {
            "none of the three scenarios to reset the MDM authority applies".to_owned()
        }
        (None, Locale::Nl) => {
            "geen van de drie scenario's om de MDM-instantie opnieuw in te stellen is van toepassing"
                .to_owned()
        }
    };
    let (current_label, target_label) = (
        input_label(Path::CurrentAuthority, l),
        input_label(Path::TargetAuthority, l),
    );
    let mut out = match l {
        Locale::En => format!(
            "Could you please reset the MDM authority of our tenant?\n\nTenant ID: {tenant}\n{current_label}: {current}\n{target_label}: {target}\nScenario: {scenario}\n"
        ),
        Locale::Nl => format!(
            "Wilt u de MDM-instantie van onze tenant opnieuw instellen?\n\nTenant-ID: {tenant}\n{current_label}: {current}\n{target_label}: {target}\nScenario: {scenario}\n"
        ),
    };
    if !pack.checklists.is_empty() {
        out.push_str(match l {
            Locale::En => "\nWe confirm that we have completed every item of these checklists:\n",
            Locale::Nl => "\nWij bevestigen dat wij alle items van de volgende controlelijsten hebben voltooid:\n",
        });
        for list in pack.checklists {
            out.push_str("- ");
            out.push_str(checklist_title(*list, l));
            out.push('\n');
        }
    }
    Some(out)
}
