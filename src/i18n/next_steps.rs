//! Messages of `domain::next_steps`, English and Dutch.

use super::Locale;
use crate::domain::next_steps::Code;

/// Labels of this part's checklist items: (id, English, Dutch).
pub const ITEMS: &[(&str, &str, &str)] = &[
    (
        "S7-01",
        "Deploy policies that manage settings and features on devices",
        "Beleid implementeren waarmee instellingen en functies op apparaten worden beheerd",
    ),
    (
        "S7-02",
        "Enable access to company resources such as e-mail, Wi-Fi and VPN",
        "Toegang tot bedrijfsbronnen zoals e-mail, Wi-Fi en VPN inschakelen",
    ),
    (
        "S7-03",
        "Add apps and deploy them to managed devices",
        "Apps toevoegen en implementeren voor beheerde apparaten",
    ),
    (
        "S7-04",
        "Create device compliance policies and restrict access based on compliance",
        "Nalevingsbeleid voor apparaten maken en toegang beperken op basis van naleving",
    ),
];

/// The message of a finding code.
pub fn message(code: &Code, l: Locale) -> String {
    let _ = l;
    match *code {}
}
