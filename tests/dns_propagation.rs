//! Beside the DNS records, the page says how long DNS changes can take to
//! propagate (issue 12, point 5). The fact is the source's (DOMAIN.md, step
//! 1 row 13: "up to 72 hours"), kept once in the connections rules.

use enrollready::domain::ruleset::CLASSIC_2017;
use enrollready::i18n::{builder, Locale};

#[test]
fn step1_row13_dns_propagation_is_said_beside_the_records_in_both_languages() {
    let hours = CLASSIC_2017.connections.cname_propagation_hours;
    assert_eq!(hours, 72);
    let en = builder::dns_propagation(hours, Locale::En);
    let nl = builder::dns_propagation(hours, Locale::Nl);
    assert_eq!(
        en,
        "DNS changes can take up to 72 hours to propagate: test auto-detection after that."
    );
    assert_eq!(
        nl,
        "Het doorvoeren van DNS-wijzigingen kan tot 72 uur duren: test de automatische detectie daarna."
    );
    // The number comes from the rules, not from the text.
    assert!(builder::dns_propagation(48, Locale::En).contains("48 hours"));
    assert!(builder::dns_propagation(48, Locale::Nl).contains("48 uur"));
}
