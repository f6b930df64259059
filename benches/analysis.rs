//! Benchmark (not a test): times `analyze` on a large plan — 200 domains,
//! 500 groups, 1,000 checklist item states — and on 2× and 4× that plan, and
//! prints the times. Growth should be linear, and the 1× time small enough to
//! run on every keystroke.
//!
//! Run: `cargo bench --no-default-features --bench analysis`

use std::hint::black_box;
use std::time::{Duration, Instant};

use enrollready::domain::{analyze, ruleset, Ctx, Date, Plan};
use serde_json::json;

fn large_plan(scale: usize) -> Plan {
    let domains: Vec<_> = (0..200 * scale)
        .map(|i| json!({ "name": format!("dept{i}.contoso.com"), "verified": i % 3 != 0, "upn_suffix": i % 2 == 0 }))
        .collect();
    let groups: Vec<_> = (0..500 * scale)
        .map(|i| json!({ "name": format!("Group {}", i % (480 * scale)), "kind": if i % 2 == 0 { "user" } else { "device" }, "purpose": "pilot" }))
        .collect();
    let mut checklist = serde_json::Map::new();
    let ids: Vec<&str> = ruleset::CLASSIC_2017.items().map(|d| d.id).collect();
    for i in 0..1000 * scale {
        let id = match ids.get(i) {
            Some(id) => (*id).to_owned(),
            None => format!("X-{i:05}"),
        };
        let status = ["not_started", "in_progress", "done", "not_applicable"][i % 4];
        checklist.insert(
            id,
            json!({ "status": status, "owner": "ICT", "due_date": "2017-09-30", "note": "n" }),
        );
    }
    let doc = json!({
        "format": "enrollready-plan", "schema_version": 1,
        "plan": {
            "connections": { "domains": domains },
            "groups": { "groups": groups },
            "enrollment": { "platforms": { "ios_mac": true, "android": true, "android_for_work": true,
                "windows_phone": true, "windows_pc": true, "corporate_owned": true } },
            "company_portal": { "company_name": "Contoso Nederland", "it_email": "it@contoso.nl",
                "privacy_statement_url": "https://www.contoso.nl/privacy" },
            "checklist": checklist
        }
    });
    enrollready::format::from_json(&doc.to_string())
        .expect("the benchmark plan imports")
        .plan
}

fn time_per_run(plan: &Plan, ctx: &Ctx) -> (Duration, usize) {
    // Warm up, then run for about a second and take the median of batches.
    let findings = analyze(plan, ctx).findings.len();
    let mut samples = Vec::new();
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) || samples.len() < 11 {
        let t = Instant::now();
        for _ in 0..10 {
            black_box(analyze(black_box(plan), ctx));
        }
        samples.push(t.elapsed() / 10);
    }
    samples.sort();
    (samples[samples.len() / 2], findings)
}

fn main() {
    let ctx = Ctx {
        today: Date::new(2017, 10, 10).expect("date"),
        ruleset: &ruleset::CLASSIC_2017,
    };
    println!("analysis of a large plan (median of batches of 10 runs)");
    println!(
        "{:>6} {:>8} {:>7} {:>10} {:>10} {:>12} {:>10}",
        "scale", "domains", "groups", "items", "findings", "time", "per 1x"
    );
    let mut base = None;
    for scale in [1usize, 2, 4] {
        let plan = large_plan(scale);
        let (t, findings) = time_per_run(&plan, &ctx);
        let base_t = *base.get_or_insert(t);
        println!(
            "{:>5}x {:>8} {:>7} {:>10} {:>10} {:>10.1}µs {:>9.2}x",
            scale,
            plan.connections.domains.len(),
            500 * scale,
            plan.checklist.len(),
            findings,
            t.as_secs_f64() * 1e6,
            t.as_secs_f64() / base_t.as_secs_f64()
        );
    }
}
