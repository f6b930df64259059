//! The large plan of the benchmarks: 200 custom domains, 500 groups and 1,000
//! checklist item states at scale 1 (the keystroke target), built in
//! memory with the core's types (2× and 4× exceed the file format's list caps
//! on purpose: the analysis must stay linear beyond them).

use enrollready::domain::connections::CustomDomain;
use enrollready::domain::groups::{Group, GroupKind};
use enrollready::domain::{ruleset, ItemState, ItemStatus, Plan};

pub fn large_plan(scale: usize) -> Plan {
    let mut plan = Plan::default();
    plan.connections.domains = (0..200 * scale)
        .map(|i| CustomDomain {
            name: format!("dept{i}.contoso.com"),
            verified: i % 3 != 0,
            upn_suffix: i % 2 == 0,
            ..Default::default()
        })
        .collect();
    plan.groups.groups = (0..500 * scale)
        .map(|i| Group {
            name: format!("Group {}", i % (480 * scale)),
            kind: if i % 2 == 0 {
                GroupKind::User
            } else {
                GroupKind::Device
            },
            purpose: "pilot".into(),
            ..Default::default()
        })
        .collect();
    let ids: Vec<&str> = ruleset::CLASSIC_2017.items().map(|d| d.id).collect();
    for i in 0..1000 * scale {
        let id = match ids.get(i) {
            Some(id) => (*id).to_owned(),
            None => format!("X-{i:05}"),
        };
        let status = [
            ItemStatus::NotStarted,
            ItemStatus::InProgress,
            ItemStatus::Done,
            ItemStatus::NotApplicable,
        ][i % 4];
        plan.checklist.insert(
            id,
            ItemState {
                status,
                owner: "ICT".into(),
                due_date: "2017-09-30".into(),
                note: "n".into(),
                ..Default::default()
            },
        );
    }
    let p = &mut plan.enrollment.platforms;
    p.ios_mac = true;
    p.android = true;
    p.android_for_work = true;
    p.windows_phone = true;
    p.windows_mdm = true;
    p.windows_pc = true;
    p.corporate_owned = true;
    let cp = &mut plan.company_portal;
    cp.company_name = "Contoso Nederland".into();
    cp.it_email = "it@contoso.nl".into();
    cp.privacy_statement_url = "https://www.contoso.nl/privacy".into();
    plan
}
