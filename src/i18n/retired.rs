//! The notes on what Microsoft retired since a ruleset's time
//! ([`crate::domain::retired`]), with the day it ended.

use super::authority::long_date;
use super::Locale;
use crate::domain::retired::{Retiree, Retirement};

/// The note for one retirement ("Historical: … was retired on 15 October
/// 2020. Today …"); `None` when its date is not readable.
pub fn note(r: &Retirement, l: Locale) -> Option<String> {
    let date = long_date(r.ended()?, l);
    use Locale::{En, Nl};
    Some(match (r.what, l) {
        (Retiree::ClassicConsole, En) => format!(
            "Historical: the classic Intune console (Silverlight), whose menu paths this step names, was retired on {date}. Today these settings are in the Microsoft Intune admin center."
        ),
        (Retiree::ClassicConsole, Nl) => format!(
            "Historisch: de klassieke Intune-beheerconsole (Silverlight), waarvan deze stap de menupaden noemt, is op {date} buiten gebruik gesteld. Tegenwoordig staan deze instellingen in het Microsoft Intune-beheercentrum."
        ),
        (Retiree::HybridMdm, En) => format!(
            "Historical: hybrid MDM (Configuration Manager as the MDM authority) was retired on {date}. Today the MDM authority is Intune."
        ),
        (Retiree::HybridMdm, Nl) => format!(
            "Historisch: hybride MDM (Configuration Manager als MDM-instantie) is op {date} buiten gebruik gesteld. Tegenwoordig is de MDM-instantie Intune."
        ),
        (Retiree::PcClient, En) => format!(
            "Historical: support for the Intune PC client software ended on {date}. Today Windows PCs are managed with MDM (automatic enrollment, Windows Autopilot, co-management)."
        ),
        (Retiree::PcClient, Nl) => format!(
            "Historisch: de ondersteuning voor de Intune-clientsoftware voor pc's is op {date} beëindigd. Tegenwoordig worden Windows-pc's via MDM beheerd (automatische inschrijving, Windows Autopilot, co-beheer)."
        ),
        (Retiree::Windows10Mobile, En) => format!(
            "Historical: support for Windows 10 Mobile ended on {date}, after Windows Phone 8.1; Intune no longer enrolls these phones."
        ),
        (Retiree::Windows10Mobile, Nl) => format!(
            "Historisch: de ondersteuning voor Windows 10 Mobile is op {date} beëindigd, na die voor Windows Phone 8.1; Intune schrijft deze telefoons niet meer in."
        ),
        (Retiree::Windows81, En) => format!(
            "Historical: Intune ended support for Windows 8.1 on {date}; PCs with Windows 10 or later are still managed as mobile devices."
        ),
        (Retiree::Windows81, Nl) => format!(
            "Historisch: Intune heeft de ondersteuning voor Windows 8.1 op {date} beëindigd; pc's met Windows 10 of later worden nog steeds als mobiel apparaat beheerd."
        ),
        (Retiree::AndroidDeviceAdmin, En) => format!(
            "Historical: management with Android device administrator ended on {date} for devices with Google Mobile Services. Today Android devices enroll with Android Enterprise (managed Google Play)."
        ),
        (Retiree::AndroidDeviceAdmin, Nl) => format!(
            "Historisch: beheer met Android-apparaatbeheerder is op {date} beëindigd voor apparaten met Google Mobile Services. Tegenwoordig worden Android-apparaten ingeschreven met Android Enterprise (beheerde Google Play)."
        ),
    })
}
