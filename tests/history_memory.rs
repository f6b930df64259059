//! What the undo history costs in memory, measured with a counting allocator
//! (this binary holds one test, so nothing else allocates meanwhile).
//!
//! A plan with two logos of 1 MB each (their base64 content) and 100 undo
//! steps must not hold 200 MB: the history keeps inverse actions, and a logo
//! in one shares its content (`Arc<str>`) with the plan.

use std::path::PathBuf;
use std::sync::Arc;

use enrollready::domain::connections::CustomDomain;
use enrollready::domain::edit::{At, Field, Value};
use enrollready::domain::groups::Group;
use enrollready::domain::history::History;
use enrollready::domain::{Action, FieldId, ItemState, Logo, LogoSlot, Plan};

/// The resident memory of this process in bytes (Linux), if known. The crate
/// forbids `unsafe`, so no counting allocator: the kernel's figure, with
/// margins far from the 200 MB a copied logo per step would cost.
fn rss() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: usize = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

fn grown(base: Option<usize>) -> usize {
    match (base, rss()) {
        (Some(b), Some(n)) => n.saturating_sub(b),
        _ => 0,
    }
}

/// The large plan of the issue: 200 domains, 500 groups, 1,000 item states.
fn large_plan() -> Plan {
    let mut p = Plan::default();
    for i in 0..200 {
        p.connections.domains.push(CustomDomain {
            name: format!("domain-{i}.contoso.com"),
            upn_suffix: i % 2 == 0,
            ..Default::default()
        });
    }
    for i in 0..500 {
        p.groups.groups.push(Group {
            name: format!("Group {i}"),
            purpose: "Pilot users of the first wave".into(),
            ..Default::default()
        });
    }
    for i in 0..1_000 {
        p.checklist.insert(
            format!("X-{i:04}"),
            ItemState {
                owner: "Ann van der Berg".into(),
                note: "Waiting for the network team".into(),
                ..Default::default()
            },
        );
    }
    p
}

/// A kept logo whose base64 content is 1,000,000 characters: a real 400 × 100
/// PNG followed by padding up to 750,000 bytes (the largest file kept).
fn big_logo(name: &str) -> Logo {
    let mut bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/logo-400x100.png"),
    )
    .unwrap();
    bytes.resize(750_000, 0);
    let logo = Logo::from_bytes(name, &bytes);
    assert_eq!(logo.content_base64.len(), 1_000_000);
    logo
}

#[test]
fn a_hundred_steps_with_two_1_mb_logos_stay_small() {
    let mut plan = large_plan();
    plan.company_portal.include_logo = true;
    plan.company_portal.logo_white_background = Some(big_logo("white.png"));
    plan.company_portal.logo_theme_background = Some(big_logo("theme.png"));
    let white = plan
        .company_portal
        .logo_white_background
        .as_ref()
        .unwrap()
        .content_base64
        .clone();
    let mut h = History::new();
    let mut t = 0u64;
    let mut step = |h: &mut History, plan: &mut Plan, a: Action| {
        t += 5_000; // a pause between edits: one step each
        assert!(h.apply(plan, a, t));
    };

    // 100 typing steps.
    let base = rss();
    for i in 0..100 {
        step(
            &mut h,
            &mut plan,
            Action::Set(
                Field::LicenseWho,
                At::Plan,
                Value::Text(format!("pilot {i}")),
            ),
        );
    }
    let typing = grown(base);

    // 50 logo removals and 50 re-adds (each removal keeps the removed logo).
    let base = rss();
    for _ in 0..50 {
        let logo = plan.company_portal.logo_white_background.clone();
        step(
            &mut h,
            &mut plan,
            Action::SetLogo(LogoSlot::WhiteBackground, None),
        );
        step(
            &mut h,
            &mut plan,
            Action::SetLogo(LogoSlot::WhiteBackground, logo),
        );
    }
    let logos = grown(base);

    // What snapshots would cost: 100 clones of the plan.
    let base = rss();
    let snapshots: Vec<Plan> = (0..100).map(|_| plan.clone()).collect();
    let snapshot_bytes = grown(base);
    drop(snapshots);

    // 100 Replace steps (an import each): each keeps the whole old plan.
    h.clear();
    let base = rss();
    for i in 0..100 {
        let mut next = plan.clone();
        next.company_portal.company_name = format!("Contoso {i}");
        step(&mut h, &mut plan, Action::Replace(Box::new(next)));
    }
    let replaces = grown(base);
    // Every kept plan shares the one logo content: 100 old plans + the plan
    // + `white` here hold it, and it exists once.
    assert_eq!(Arc::strong_count(&white), 102);
    step(
        &mut h,
        &mut plan,
        Action::SetText(FieldId::CompanyName, "x".into()),
    );

    println!(
        "RSS growth, plan with 200 domains, 500 groups, 1,000 items and two 1 MB logos: \
         100 snapshots {snapshot_bytes} B; history of 100 typing steps {typing} B, \
         100 logo steps {logos} B, 100 replace steps {replaces} B"
    );
    // A copied logo per step would be 200 MB.
    assert!(typing < 1_000_000, "typing: {typing} B");
    assert!(logos < 1_000_000, "logos: {logos} B");
    assert!(replaces < 100_000_000, "replace: {replaces} B");
    assert!(h.undo(&mut plan));
}
