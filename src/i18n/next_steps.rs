//! Messages of `domain::next_steps`, English and Dutch.

use super::Locale;
use crate::domain::next_steps::Code;

/// Labels of this part's checklist items under `intune-2026`: (id, English, Dutch).
pub const ITEMS_2026: &[(&str, &str, &str)] = &[
    (
        "T7-01",
        "Create device compliance policies: Microsoft Intune admin center > Devices > Compliance",
        "Nalevingsbeleid voor apparaten maken: Microsoft Intune-beheercentrum > Apparaten > Naleving",
    ),
    (
        "T7-02",
        "Deploy configuration profiles (settings catalog): Microsoft Intune admin center > Devices > Configuration",
        "Configuratieprofielen implementeren (instellingencatalogus): Microsoft Intune-beheercentrum > Apparaten > Configuratie",
    ),
    (
        "T7-03",
        "Add and assign apps (store, line-of-business, Win32, Apps and Books, managed Google Play) and app protection policies: Microsoft Intune admin center > Apps",
        "Apps toevoegen en toewijzen (store, line-of-business, Win32, Apps and Books, beheerde Google Play) en app-beveiligingsbeleid: Microsoft Intune-beheercentrum > Apps",
    ),
    (
        "T7-04",
        "Restrict access to company resources with Microsoft Entra Conditional Access based on compliance",
        "Toegang tot bedrijfsresources beperken met voorwaardelijke toegang van Microsoft Entra op basis van naleving",
    ),
];

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
