//! The builder's core (issue 6): the actions of every editable field, the
//! list actions and their caps, the form tables and their labels, the element
//! ids of every finding's path, and the undo history.

use std::path::PathBuf;

use enrollready::domain::connections::{CustomDomain, DomainField};
use enrollready::domain::edit::{At, Choice, Direction, Field, ItemInput, Value};
use enrollready::domain::enrollment::Platform;
use enrollready::domain::form::{self, Control, Input, Kind, FORMS};
use enrollready::domain::groups::{Group, GroupField, GroupKind};
use enrollready::domain::history::{History, DEPTH, MERGE_WINDOW_MS};
use enrollready::domain::limits::{List, MAX_CHECKLIST_ITEMS, MAX_DOMAINS, MAX_GROUPS};
use enrollready::domain::{
    analyze, ruleset, Action, Ctx, Date, FieldId, ItemState, ItemStatus, Logo, LogoSlot, Plan,
    Scope, StepId,
};
use enrollready::format;
use enrollready::i18n::{builder as texts, Locale, Text};

fn fixture(name: &str) -> Plan {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/export/v1")
        .join(name);
    format::from_json(&std::fs::read_to_string(path).unwrap())
        .unwrap()
        .plan
}

fn fixtures() -> Vec<Plan> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "the golden fixtures are missing");
    names.iter().map(|n| fixture(n)).collect()
}

fn extra(tag: &str) -> enrollready::domain::Extra {
    let mut e = enrollready::domain::Extra::new();
    e.insert("x_future".into(), serde_json::json!(tag));
    e
}

fn two_domains() -> Plan {
    let mut p = Plan::default();
    for (i, name) in ["contoso.com", "fabrikam.com"].into_iter().enumerate() {
        p.connections.domains.push(CustomDomain {
            name: name.into(),
            extra: extra(&format!("d{i}")),
            ..Default::default()
        });
    }
    p
}

/// Where a control of a table is used in the tests.
fn at_for(c: &Control) -> At {
    match c.field {
        Field::Domain(_) | Field::Group(_) => At::Entry(0),
        Field::Item(ItemInput::Done) => At::Item("RST-A-01"),
        Field::Item(_) => At::Item("S1-01"),
        _ => At::Plan,
    }
}

fn every_control() -> Vec<&'static Control> {
    form::all_controls()
        .map(|(_, c)| c)
        .chain(form::ITEM_CONTROLS)
        .chain(form::RESET_ITEM_CONTROLS)
        .collect()
}

/// A plan with one domain and one group, so entry controls have an entry.
fn editable() -> Plan {
    let mut p = two_domains();
    p.groups.groups.push(Group {
        name: "Pilot".into(),
        extra: extra("g0"),
        ..Default::default()
    });
    p
}

/// An input for a control that differs from the empty plan's value.
fn input_for(c: &Control) -> Input<'static> {
    match c.kind {
        Kind::Text | Kind::MultiLine => Input::Text("typed value"),
        Kind::Date => Input::Text("2017-12-31"),
        Kind::Number => Input::Text("7"),
        Kind::Checkbox => Input::Checked(true),
        Kind::Choice { options, .. } => Input::Choice(options.last().unwrap().0.key()),
        Kind::File => Input::Text("ignored"),
    }
}

#[test]
fn every_control_writes_reads_back_and_undoes() {
    for c in every_control() {
        if c.kind == Kind::File {
            // The IMEI file has its own action (below).
            assert!(c.action(At::Plan, Input::Text("x")).is_none());
            continue;
        }
        let mut plan = editable();
        let at = at_for(c);
        let before = plan.clone();
        let action = c.action(at, input_for(c)).unwrap();
        let inverse = plan.apply_reversible(action).unwrap_or_else(|| {
            panic!("{} did not change the plan", c.key);
        });
        let value = c.read(&plan, at).unwrap();
        let expected = match input_for(c) {
            Input::Text(t) if c.kind == Kind::Number => Value::number(t),
            Input::Text(t) => Value::Text(t.into()),
            Input::Checked(b) => Value::Bool(b),
            Input::Choice(k) => match c.kind {
                Kind::Choice { options, .. } => {
                    Value::Choice(options.iter().find(|o| o.0.key() == k).unwrap().0)
                }
                _ => unreachable!(),
            },
        };
        assert_eq!(value, expected, "{}", c.key);
        plan.apply(inverse);
        assert_eq!(plan, before, "undo of {}", c.key);
    }
}

/// Every place a control can show: both entries of each list, two items.
fn every_place(c: &Control) -> Vec<At> {
    match c.field {
        Field::Domain(_) | Field::Group(_) => vec![At::Entry(0), At::Entry(1)],
        Field::Item(_) => vec![At::Item("RST-A-01"), At::Item("S1-01"), At::Item("S6-01")],
        _ => vec![At::Plan],
    }
}

/// The page redraws only the controls of the part an edit names (its
/// `Scope`). So an edit must change no value and no visibility outside that
/// part: checked for every control's edit against every other control.
#[test]
fn an_edit_changes_nothing_outside_its_scope() {
    let mut plan = editable();
    plan.groups.groups.push(Group {
        name: "Second".into(),
        ..Default::default()
    });
    let mut checked = 0;
    for c in every_control() {
        for at in every_place(c) {
            let Some(action) = c.action(at, input_for(c)) else {
                continue;
            };
            let scope = action.scope();
            assert_eq!(scope, Scope::of(c.field, at), "{} at {at:?}", c.key);
            assert_ne!(scope, Scope::Whole, "{} at {at:?}", c.key);
            let mut after = plan.clone();
            let mut history = History::new();
            assert!(
                history.apply(&mut after, action, 0),
                "{} changed nothing",
                c.key
            );
            for other in every_control() {
                for at2 in every_place(other) {
                    if Scope::of(other.field, at2) == scope {
                        continue;
                    }
                    assert_eq!(
                        other.read(&plan, at2),
                        other.read(&after, at2),
                        "{} at {at:?} changed {} at {at2:?}",
                        c.key,
                        other.key
                    );
                    assert_eq!(
                        other.visible(&plan, at2, &enrollready::domain::ruleset::CLASSIC_2017),
                        other.visible(&after, at2, &enrollready::domain::ruleset::CLASSIC_2017),
                        "{} at {at:?} changed whether {} at {at2:?} shows",
                        c.key,
                        other.key
                    );
                    checked += 1;
                }
            }
            // Undo and redo name the same part, or (an item's undo, which
            // rebuilds the item by its id) the whole plan.
            let same = |s: Option<Scope>| s == Some(scope) || s == Some(Scope::Whole);
            let mut back = after.clone();
            assert!(same(history.undo_scoped(&mut back)), "undo of {}", c.key);
            assert_eq!(back, plan);
            assert!(same(history.redo_scoped(&mut back)), "redo of {}", c.key);
            assert_eq!(back, after);
        }
    }
    assert!(checked > 3_000, "{checked}");
    // A list's shape is the whole plan's business.
    for a in [
        Action::Add(List::Domains),
        Action::Remove(List::Groups, 0),
        Action::Move(List::Domains, 0, Direction::Down),
        Action::Replace(Box::default()),
    ] {
        assert_eq!(a.scope(), Scope::Whole);
    }
}

#[test]
fn a_control_refuses_input_of_the_wrong_kind() {
    let text = form::all_controls()
        .find(|(_, c)| c.key == "license-who")
        .unwrap()
        .1;
    assert!(text.action(At::Plan, Input::Checked(true)).is_none());
    let select = form::all_controls()
        .find(|(_, c)| c.key == "license-method")
        .unwrap()
        .1;
    assert!(select
        .action(At::Plan, Input::Choice("no-such-option"))
        .is_none());
    // A value of the wrong kind built by hand changes nothing.
    let mut plan = Plan::default();
    assert!(plan
        .apply_reversible(Action::Set(Field::LicenseWho, At::Plan, Value::Bool(true)))
        .is_none());
    assert!(plan
        .apply_reversible(Action::Set(
            Field::AppleId,
            At::Entry(0),
            Value::Text("x".into())
        ))
        .is_none());
    assert_eq!(plan, Plan::default());
}

#[test]
fn number_fields_read_whole_numbers_or_nothing() {
    assert_eq!(Value::number("12"), Value::Number(Some(12)));
    assert_eq!(Value::number(" 3 "), Value::Number(Some(3)));
    assert_eq!(Value::number(""), Value::Number(None));
    assert_eq!(Value::number("abc"), Value::Number(None));
    assert_eq!(Value::number("-1"), Value::Number(None));
    assert_eq!(Value::number("4294967296"), Value::Number(None));
}

#[test]
fn dates_are_stored_as_typed_text() {
    let mut plan = Plan::default();
    plan.apply(Action::Set(
        Field::ApnsExpiry,
        At::Plan,
        Value::Text("2017-11-30".into()),
    ));
    assert_eq!(plan.enrollment.apple.apns_expiry, "2017-11-30");
    plan.apply(Action::Set(
        Field::Item(ItemInput::DueDate),
        At::Item("S1-01"),
        Value::Text("2017-10-01".into()),
    ));
    assert_eq!(plan.checklist["S1-01"].due_date, "2017-10-01");
}

#[test]
fn unticking_a_platform_keeps_its_values() {
    let mut plan = Plan::default();
    plan.apply(Action::Set(
        Field::Platform(Platform::IosMac),
        At::Plan,
        Value::Bool(true),
    ));
    plan.apply(Action::Set(
        Field::AppleId,
        At::Plan,
        Value::Text("it@contoso.com".into()),
    ));
    plan.apply(Action::Set(
        Field::Platform(Platform::IosMac),
        At::Plan,
        Value::Bool(false),
    ));
    assert!(!plan.enrollment.platforms.ios_mac);
    assert_eq!(plan.enrollment.apple.apple_id, "it@contoso.com");
    let apple_id = form::ENROLLMENT_CONTROLS
        .iter()
        .find(|c| c.field == Field::AppleId)
        .unwrap();
    assert!(!apple_id.visible(&plan, At::Plan, &enrollready::domain::ruleset::CLASSIC_2017));
    plan.apply(Action::Set(
        Field::Platform(Platform::IosMac),
        At::Plan,
        Value::Bool(true),
    ));
    assert!(apple_id.visible(&plan, At::Plan, &enrollready::domain::ruleset::CLASSIC_2017));
}

#[test]
fn editing_an_entry_keeps_its_unknown_members() {
    let mut plan = editable();
    plan.apply(Action::Set(
        Field::Domain(DomainField::Name),
        At::Entry(1),
        Value::Text("northwind.com".into()),
    ));
    plan.apply(Action::Set(
        Field::Domain(DomainField::UpnSuffix),
        At::Entry(1),
        Value::Bool(true),
    ));
    assert_eq!(plan.connections.domains[1].name, "northwind.com");
    assert_eq!(plan.connections.domains[1].extra, extra("d1"));
    plan.apply(Action::Set(
        Field::Group(GroupField::Kind),
        At::Entry(0),
        Value::Choice(Choice::GroupKind(GroupKind::Device)),
    ));
    assert_eq!(plan.groups.groups[0].kind, GroupKind::Device);
    assert_eq!(plan.groups.groups[0].extra, extra("g0"));
}

#[test]
fn editing_an_item_builds_it_from_the_old_state() {
    let mut plan = Plan::default();
    plan.checklist.insert(
        "S1-01".into(),
        ItemState {
            owner: "Ann".into(),
            extra: extra("i"),
            ..Default::default()
        },
    );
    plan.apply(Action::Set(
        Field::Item(ItemInput::Status),
        At::Item("S1-01"),
        Value::Choice(Choice::Status(ItemStatus::InProgress)),
    ));
    let s = &plan.checklist["S1-01"];
    assert_eq!(s.status, ItemStatus::InProgress);
    assert_eq!(s.owner, "Ann");
    assert_eq!(s.extra, extra("i"));
}

#[test]
fn a_reset_item_tick_marks_it_done_and_untick_removes_an_empty_state() {
    let mut plan = Plan::default();
    plan.apply(Action::Set(
        Field::Item(ItemInput::Done),
        At::Item("RST-A-01"),
        Value::Bool(true),
    ));
    assert_eq!(plan.checklist["RST-A-01"].status, ItemStatus::Done);
    plan.apply(Action::Set(
        Field::Item(ItemInput::Done),
        At::Item("RST-A-01"),
        Value::Bool(false),
    ));
    assert!(!plan.checklist.contains_key("RST-A-01"));
    assert!(form::is_reset_item("RST-C-02"));
    assert!(!form::is_reset_item("S1-01"));
    assert_eq!(form::item_controls("RST-B-01")[0].kind, Kind::Checkbox);
    assert!(form::item_controls("RST-B-01")
        .iter()
        .all(|c| c.field != Field::Item(ItemInput::Status)));
}

#[test]
fn the_reason_shows_only_when_an_item_does_not_apply() {
    let reason = form::ITEM_CONTROLS
        .iter()
        .find(|c| c.field == Field::Item(ItemInput::Reason))
        .unwrap();
    let mut plan = Plan::default();
    assert!(!reason.visible(
        &plan,
        At::Item("S1-01"),
        &enrollready::domain::ruleset::CLASSIC_2017
    ));
    plan.apply(Action::Set(
        Field::Item(ItemInput::Status),
        At::Item("S1-01"),
        Value::Choice(Choice::Status(ItemStatus::NotApplicable)),
    ));
    assert!(reason.visible(
        &plan,
        At::Item("S1-01"),
        &enrollready::domain::ruleset::CLASSIC_2017
    ));
}

#[test]
fn add_appends_an_empty_entry_and_is_refused_at_the_cap() {
    let mut plan = Plan::default();
    assert!(plan.can_add(List::Domains));
    assert_eq!(
        plan.apply_reversible(Action::Add(List::Domains)),
        Some(Action::Remove(List::Domains, 0))
    );
    assert_eq!(plan.connections.domains, vec![CustomDomain::default()]);

    let mut full = Plan::default();
    full.connections.domains = vec![CustomDomain::default(); MAX_DOMAINS];
    full.groups.groups = vec![Group::default(); MAX_GROUPS];
    assert!(!full.can_add(List::Domains));
    assert!(!full.can_add(List::Groups));
    let before = full.clone();
    assert!(full.apply_reversible(Action::Add(List::Domains)).is_none());
    assert!(full.apply_reversible(Action::Add(List::Groups)).is_none());
    // Nor can an undo push a list over its cap.
    assert!(full
        .apply_reversible(Action::Insert(
            0,
            enrollready::domain::Entry::Group(Group::default())
        ))
        .is_none());
    assert_eq!(full, before);
    // The checklist is not a list the page adds to.
    assert!(!Plan::default().can_add(List::ChecklistItems));
}

#[test]
fn a_new_item_state_is_refused_when_the_checklist_is_full() {
    let mut plan = Plan::default();
    for i in 0..MAX_CHECKLIST_ITEMS {
        plan.checklist.insert(
            format!("X-{i}"),
            ItemState {
                note: "n".into(),
                ..Default::default()
            },
        );
    }
    assert!(plan
        .apply_reversible(Action::Set(
            Field::Item(ItemInput::Note),
            At::Item("S1-01"),
            Value::Text("x".into())
        ))
        .is_none());
    // An existing state can still be edited.
    assert!(plan
        .apply_reversible(Action::SetItem(
            "X-0".into(),
            ItemState {
                note: "m".into(),
                ..Default::default()
            }
        ))
        .is_some());
}

#[test]
fn remove_takes_the_entry_at_its_index_and_its_undo_puts_it_back() {
    let mut plan = two_domains();
    let inverse = plan
        .apply_reversible(Action::Remove(List::Domains, 0))
        .unwrap();
    assert_eq!(plan.connections.domains.len(), 1);
    assert_eq!(plan.connections.domains[0].name, "fabrikam.com");
    plan.apply(inverse);
    assert_eq!(plan, two_domains());
    assert!(plan
        .apply_reversible(Action::Remove(List::Domains, 2))
        .is_none());
    assert!(plan
        .apply_reversible(Action::Remove(List::Groups, 0))
        .is_none());
}

#[test]
fn moves_swap_neighbours_and_do_nothing_at_the_ends() {
    let mut plan = two_domains();
    assert!(plan
        .apply_reversible(Action::Move(List::Domains, 0, Direction::Up))
        .is_none());
    assert!(plan
        .apply_reversible(Action::Move(List::Domains, 1, Direction::Down))
        .is_none());
    assert!(plan
        .apply_reversible(Action::Move(List::Domains, 5, Direction::Up))
        .is_none());
    assert!(plan
        .apply_reversible(Action::Move(List::Domains, usize::MAX, Direction::Down))
        .is_none());
    assert_eq!(plan, two_domains());
    let inverse = plan
        .apply_reversible(Action::Move(List::Domains, 1, Direction::Up))
        .unwrap();
    assert_eq!(plan.connections.domains[0].name, "fabrikam.com");
    assert_eq!(plan.connections.domains[0].extra, extra("d1"));
    plan.apply(inverse);
    assert_eq!(plan, two_domains());
}

#[test]
fn focus_after_remove_goes_to_the_next_then_previous_entry_then_add() {
    let list = FORMS[0].list.unwrap();
    assert_eq!(list.focus_after_remove(0, 2), "domain-name-1");
    assert_eq!(list.focus_after_remove(2, 2), "domain-name-2");
    assert_eq!(list.focus_after_remove(0, 0), "add-domain");
    assert_eq!(
        list.button_ids(0),
        ["domain-remove-1", "domain-up-1", "domain-down-1"].map(String::from)
    );
}

#[test]
fn the_imei_file_action_records_the_files_facts_and_undoes() {
    let mut plan = Plan::default();
    let a = form::imei_file_action(
        "imei.csv",
        b"123456789012345,phone\n",
        &ruleset::CLASSIC_2017,
    );
    let inverse = plan.apply_reversible(a).unwrap();
    let csv = plan.enrollment.corporate.imei_csv.as_ref().unwrap();
    assert_eq!((csv.file_name.as_str(), csv.rows), ("imei.csv", 1));
    let imei = form::ENROLLMENT_CONTROLS
        .iter()
        .find(|c| c.kind == Kind::File)
        .unwrap();
    assert_eq!(
        imei.read(&plan, At::Plan),
        Some(Value::Text("imei.csv".into()))
    );
    plan.apply(inverse);
    assert_eq!(plan, Plan::default());
}

#[test]
fn portal_actions_undo_too() {
    let mut plan = Plan::default();
    let png = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/logo-120x40.png"),
    )
    .unwrap();
    let logo = Logo::from_bytes("logo.png", &png);
    for a in [
        Action::SetText(FieldId::CompanyName, "Contoso".into()),
        Action::SetIncludeLogo(true),
        Action::SetLogo(LogoSlot::WhiteBackground, Some(logo)),
        Action::SetAppBackground(enrollready::domain::AppBackground::White),
    ] {
        let before = plan.clone();
        let inverse = plan.apply_reversible(a.clone()).unwrap();
        assert_ne!(plan, before);
        let mut undone = plan.clone();
        undone.apply(inverse);
        assert_eq!(undone, before, "{a:?}");
        // The same action again changes nothing, so it is no undo step.
        assert!(plan.apply_reversible(a).is_none());
    }
}

// ---- the tables ----

#[test]
fn every_row_has_both_labels_a_unique_id_and_a_valid_path() {
    let mut ids = std::collections::HashSet::new();
    for c in every_control() {
        for l in Locale::ALL {
            assert!(!c.label.get(l).trim().is_empty());
        }
        let at = at_for(c);
        let id = c.dom_id(at);
        if !matches!(at, At::Item(_)) {
            assert!(ids.insert(id.clone()), "duplicate id {id}");
        }
        assert!(
            enrollready::domain::company_portal::FIELDS
                .iter()
                .all(|f| f.key != c.key),
            "{} is also a portal id",
            c.key
        );
        match c.path(at) {
            // The path leads back to this control (the overview's links).
            Some(path) => {
                if matches!(c.field, Field::Platform(p) if p != Platform::IosMac) {
                    continue; // every platform shares one path; links go to the first
                }
                assert_eq!(form::dom_id(path), Some(id), "{}", c.key);
            }
            None => assert!(
                matches!(
                    c.field,
                    Field::DepToken | Field::Item(ItemInput::Owner | ItemInput::Note)
                ),
                "{} has no path",
                c.key
            ),
        }
    }
}

#[test]
fn every_step_has_a_form_in_order_with_its_fragment() {
    for (i, s) in StepId::ALL.into_iter().enumerate() {
        assert_eq!(FORMS[i].step, s);
        assert_eq!(form::form(s).unwrap().step, s);
        assert_eq!(form::step_of_fragment(FORMS[i].fragment), Some(s));
        if let Some(n) = s.number() {
            assert_eq!(FORMS[i].fragment, format!("step-{n}"));
        }
    }
    assert_eq!(form::step_of_fragment("recovery"), Some(StepId::Recovery));
    assert_eq!(form::step_of_fragment("plan=abc"), None);
    assert_eq!(form::step_of_fragment(form::OVERVIEW_FRAGMENT), None);
}

fn en(t: Text) -> &'static str {
    t.get(Locale::En)
}

/// The labels of the controls the 2017 rules show (the issue's exact labels).
fn labels(controls: &[Control]) -> Vec<&'static str> {
    controls
        .iter()
        .filter(|c| c.offered(&enrollready::domain::ruleset::CLASSIC_2017))
        .map(|c| en(c.label))
        .collect()
}

fn options(c: &Control) -> Vec<&'static str> {
    match c.kind {
        Kind::Choice { options, .. } => options.iter().map(|o| en(o.1)).collect(),
        _ => panic!("{} is no choice", c.key),
    }
}

#[test]
fn the_issues_exact_labels() {
    let headings: Vec<_> = FORMS.iter().map(|f| en(f.title)).collect();
    assert_eq!(
        headings,
        [
            "Step 1: Enable connections",
            "Step 2: Set MDM authority",
            "Step 3: Create groups",
            "Step 4: Configure the Company Portal",
            "Step 5: Assign user licenses",
            "Step 6: Enable enrollment",
            "Step 7: Next steps",
            "Wrong MDM authority?",
        ]
    );
    let dutch: Vec<_> = FORMS.iter().map(|f| f.title.get(Locale::Nl)).collect();
    assert_eq!(
        dutch,
        [
            "Stap 1: Verbindingen inschakelen",
            "Stap 2: MDM-instantie instellen",
            "Stap 3: Groepen maken",
            "Stap 4: De bedrijfsportal configureren",
            "Stap 5: Gebruikerslicenties toewijzen",
            "Stap 6: Inschrijving inschakelen",
            "Stap 7: Volgende stappen",
            "Verkeerde MDM-instantie?",
        ]
    );
    for (t, e, n) in [
        (Text::NavSteps, "Steps", "Stappen"),
        (Text::Overview, "Overview", "Overzicht"),
        (
            Text::OverallReadiness,
            "Overall readiness",
            // Review 2, §3.16.
            "Algehele gereedheid",
        ),
        (Text::Theme, "Theme", "Thema"),
    ] {
        assert_eq!((en(t), t.get(Locale::Nl)), (e, n));
    }
    let fixed: Vec<_> = [
        Text::Undo,
        Text::Redo,
        Text::ThemeSystem,
        Text::ThemeLight,
        Text::ThemeDark,
        Text::AddDomain,
        Text::RemoveDomain,
        Text::MoveUp,
        Text::MoveDown,
        Text::DnsRecords,
        Text::DnsName,
        Text::DnsType,
        Text::DnsTarget,
        Text::DnsTtl,
        Text::Copy,
        Text::CopyAllRecords,
        Text::AddGroup,
        Text::RemoveGroup,
        Text::SupportRequest,
        Text::CopySupportRequest,
        Text::ItemOwner,
        Text::ItemDueDate,
        Text::ItemNote,
        Text::ItemReason,
    ]
    .into_iter()
    .map(en)
    .collect();
    assert_eq!(
        fixed,
        [
            "Undo",
            "Redo",
            "System",
            "Light",
            "Dark",
            "Add domain",
            "Remove domain",
            "Move up",
            "Move down",
            "DNS records",
            "Name",
            "Type",
            "Target",
            "TTL",
            "Copy",
            "Copy all records",
            "Add group",
            "Remove group",
            "Support request",
            "Copy support request",
            "Owner",
            "Due date",
            "Note",
            "Reason",
        ]
    );
    let states: Vec<_> = [
        Text::StateNotStarted,
        Text::StateBlocked,
        Text::StateInProgress,
        Text::StateReadyWithWarnings,
        Text::StateReady,
    ]
    .into_iter()
    .map(en)
    .collect();
    assert_eq!(
        states,
        [
            "not started",
            "blocked",
            "in progress",
            "ready with warnings",
            "ready"
        ]
    );

    assert_eq!(
        labels(form::DOMAIN_CONTROLS),
        [
            "Domain name",
            "Used as UPN suffix",
            "Verified in the tenant"
        ]
    );
    assert_eq!(labels(form::AUTHORITY_CONTROLS), ["MDM authority"]);
    assert_eq!(
        options(&form::AUTHORITY_CONTROLS[0]),
        ["Intune", "Configuration Manager (hybrid)"]
    );
    assert_eq!(
        labels(form::GROUP_CONTROLS),
        ["Group name", "Group type", "Purpose"]
    );
    assert_eq!(options(&form::GROUP_CONTROLS[1]), ["User", "Device"]);
    assert_eq!(
        labels(form::LICENSE_CONTROLS),
        [
            "Who gets a license",
            "How licenses are assigned",
            "Devices per user",
            "Users come from an on-premises Active Directory"
        ]
    );
    let (platforms, fields): (Vec<&Control>, Vec<&Control>) = form::ENROLLMENT_CONTROLS
        .iter()
        .filter(|c| c.offered(&enrollready::domain::ruleset::CLASSIC_2017))
        .partition(|c| matches!(c.field, Field::Platform(_)));
    assert_eq!(
        platforms.iter().map(|c| en(c.label)).collect::<Vec<_>>(),
        [
            "iOS and Mac",
            "Android",
            "Android for Work",
            "Windows 10 Mobile and Windows Phone",
            "Windows PCs with the Intune client software",
            "Windows 10 and Windows 8.1 PCs enrolled as mobile devices (MDM)",
            "Corporate-owned devices"
        ]
    );
    let by_platform = |p: Option<Platform>| -> Vec<&str> {
        fields
            .iter()
            .filter(|c| c.platform == p)
            .map(|c| en(c.label))
            .collect()
    };
    assert_eq!(by_platform(None), ["Device limit"]);
    assert_eq!(
        by_platform(Some(Platform::IosMac)),
        [
            "APNs certificate expiry date",
            "Apple ID",
            "DEP token",
            "DEP token expiry date"
        ]
    );
    assert_eq!(
        by_platform(Some(Platform::AndroidForWork)),
        ["Google account"]
    );
    assert_eq!(by_platform(Some(Platform::WindowsPc)), ["Number of PCs"]);
    assert_eq!(
        by_platform(Some(Platform::CorporateOwned)),
        [
            "Device enrollment manager account",
            "Devices per device enrollment manager",
            "Device enrollment manager is an Intune admin",
            "IMEI file"
        ]
    );
    assert_eq!(
        labels(form::RECOVERY_CONTROLS),
        [
            // Review 2, §2.3: one English label per input (the recovery
            // path's `input_label` says the same), the seed's "Microsoft
            // Intune version" (seed l.157) and the console's quoted label.
            "Current MDM authority",
            "Desired MDM authority",
            "Configuration Manager version",
            "Microsoft Intune version",
            "Co-existence: the console shows \"Managed by Intune and Office 365\"",
            "Tenant ID",
            "Every item of the reset checklists is done"
        ]
    );
    // Both selects start unset; the options the contract lists follow.
    assert_eq!(
        options(&form::RECOVERY_CONTROLS[0])[1..],
        ["Intune", "Configuration Manager", "Office 365"]
    );
    assert_eq!(
        options(&form::RECOVERY_CONTROLS[1])[1..],
        ["Intune", "Configuration Manager"]
    );
    assert_eq!(
        form::RECOVERY_CONTROLS[0].read(&Plan::default(), At::Plan),
        Some(Value::Choice(Choice::Unset))
    );
    assert_eq!(labels(form::ITEM_CONTROLS)[0], "Status");
    assert_eq!(
        options(&form::ITEM_CONTROLS[0]),
        ["Not started", "In progress", "Done", "Not applicable"]
    );
    assert_eq!(
        labels(form::ITEM_CONTROLS)[1..],
        ["Reason", "Owner", "Due date", "Note"]
    );
}

// ---- parametrised texts ----

#[test]
fn repeated_controls_are_named_by_label_and_entry() {
    assert_eq!(
        texts::entry_label(Text::DomainName, 1, "", Locale::En),
        "Domain name 2"
    );
    assert_eq!(
        texts::entry_label(Text::RemoveDomain, 0, " contoso.com ", Locale::En),
        "Remove domain contoso.com"
    );
    assert_eq!(
        texts::entry_label(Text::RemoveGroup, 4, "", Locale::Nl),
        "Groep verwijderen 5"
    );
}

#[test]
fn expiry_messages_in_days() {
    use enrollready::domain::enrollment::ExpiryState as S;
    let m = |s, l| texts::expiry_message(s, l);
    assert_eq!(
        m(S::Expiring { days_left: 12 }, Locale::En).unwrap(),
        "Expires in 12 days."
    );
    assert_eq!(
        m(S::Valid { days_left: 300 }, Locale::En).unwrap(),
        "Expires in 300 days."
    );
    assert_eq!(
        m(S::Expiring { days_left: 1 }, Locale::En).unwrap(),
        "Expires in 1 day."
    );
    assert_eq!(
        m(S::Expired { days_ago: 3 }, Locale::En).unwrap(),
        "Expired 3 days ago."
    );
    assert_eq!(
        m(S::Expired { days_ago: 1 }, Locale::En).unwrap(),
        "Expired 1 day ago."
    );
    assert_eq!(
        m(S::Expired { days_ago: 0 }, Locale::En).unwrap(),
        "Expires today."
    );
    assert_eq!(
        m(S::Expiring { days_left: 12 }, Locale::Nl).unwrap(),
        "Verloopt over 12 dagen."
    );
    assert_eq!(
        m(S::Expired { days_ago: 3 }, Locale::Nl).unwrap(),
        "3 dagen geleden verlopen."
    );
    assert_eq!(m(S::Missing, Locale::En), None);
    assert_eq!(m(S::Malformed, Locale::Nl), None);
}

fn ctx(y: i32, m: u8, d: u8) -> Ctx {
    Ctx {
        today: Date::new(y, m, d).unwrap(),
        ruleset: &ruleset::CLASSIC_2017,
    }
}

#[test]
fn the_meter_says_percent_and_state() {
    let a = analyze(&Plan::default(), &ctx(2017, 10, 10));
    let overall = a.readiness.overall.clone().unwrap();
    let text = texts::meter_text(&overall, Locale::En);
    assert_eq!(
        text,
        format!("{}% — not started", overall.percent()),
        "an empty plan is not started"
    );
    let full = analyze(&fixture("full.json"), &ctx(2017, 10, 10));
    let o = full.readiness.overall.unwrap();
    assert_eq!(
        texts::meter_text(&o, Locale::Nl),
        format!(
            "{}% — {}",
            o.percent(),
            texts::state_word(o.readiness).get(Locale::Nl)
        )
    );
}

#[test]
fn dns_rows_drop_the_trailing_dot_and_zone_lines_keep_it() {
    let mut plan = Plan::default();
    plan.apply(Action::Add(List::Domains));
    plan.apply(Action::Set(
        Field::Domain(DomainField::Name),
        At::Entry(0),
        Value::Text("contoso.com".into()),
    ));
    plan.apply(Action::Set(
        Field::Domain(DomainField::UpnSuffix),
        At::Entry(0),
        Value::Bool(true),
    ));
    let a = analyze(&plan, &ctx(2017, 10, 10));
    let records = &a.connections.cname_records;
    assert!(!records.is_empty(), "a UPN suffix derives records at once");
    assert_eq!(
        texts::dns_row(&records[0]),
        [
            "EnterpriseEnrollment.contoso.com",
            "CNAME",
            "EnterpriseEnrollment-s.manage.microsoft.com",
            "3600"
        ]
        .map(String::from)
    );
    assert!(texts::zone_file(records).starts_with(
        "EnterpriseEnrollment.contoso.com. 3600 IN CNAME EnterpriseEnrollment-s.manage.microsoft.com.\n"
    ));
}

#[test]
fn the_support_request_holds_tenant_authorities_scenario_and_checklists() {
    use enrollready::domain::authority::Authority;
    use enrollready::domain::recovery::{ResetList, TenantId};
    // Intune → Configuration Manager 1606: a support reset (seed l.160-162),
    // the scenario "from Intune to Configuration Manager" (seed l.172).
    let plan = fixture("recovery-wrong-authority.json");
    let mut a = analyze(&plan, &ctx(2017, 10, 10));
    let Some(pack) = a.recovery.pack.as_mut() else {
        panic!("the recovery fixture needs support");
    };
    assert_eq!(pack.current, Some(Authority::Intune));
    assert_eq!(pack.scenario, Some(ResetList::A));
    assert!(!pack.co_existence);
    pack.ready = false;
    assert_eq!(texts::support_request(pack, Locale::En), None);
    pack.ready = true;
    pack.tenant_id = Some(TenantId::Domain("contoso.onmicrosoft.com".into()));
    let en = texts::support_request(pack, Locale::En).unwrap();
    for part in [
        "Tenant ID: contoso.onmicrosoft.com",
        "Current MDM authority: Intune\n",
        "Desired MDM authority: Configuration Manager (hybrid)",
        // Seed l.162: name which of the three ways applies.
        "Scenario: Reset MDM authority from Intune to Configuration Manager",
        "- Checklist A: reset the MDM authority from Intune to Configuration Manager",
    ] {
        assert!(en.contains(part), "{part:?} not in {en}");
    }
    let nl = texts::support_request(pack, Locale::Nl).unwrap();
    for part in [
        "Wilt u de MDM-instantie van onze tenant opnieuw instellen?",
        "Tenant-ID: contoso.onmicrosoft.com",
        "Huidige MDM-instantie: Intune\n",
        "Gewenste MDM-instantie: Configuration Manager (hybride)",
        "Scenario: De MDM-instantie opnieuw instellen van Intune naar Configuration Manager",
        "- Controlelijst A: de MDM-instantie opnieuw instellen van Intune naar Configuration Manager",
    ] {
        assert!(nl.contains(part), "{part:?} not in {nl}");
    }
}

#[test]
fn the_support_request_names_the_scenario_and_current_authority_but_not_the_notice() {
    use enrollready::domain::authority::Authority;
    use enrollready::domain::recovery::ResetList;
    // Intune co-existing with Office 365 → Configuration Manager 1606: scenario
    // A, with checklists A and C (seed l.170).
    let mut plan = fixture("recovery-wrong-authority.json");
    plan.recovery.co_existence = true;
    let mut a = analyze(&plan, &ctx(2017, 10, 10));
    let notice = a.recovery.notice.expect("a support reset has the notice");
    let Some(pack) = a.recovery.pack.as_mut() else {
        panic!("the plan needs support");
    };
    assert_eq!(
        (pack.current, pack.co_existence, pack.scenario),
        (Some(Authority::Intune), true, Some(ResetList::A))
    );
    assert_eq!(pack.checklists, &[ResetList::A, ResetList::C]);
    pack.ready = true;
    for l in Locale::ALL {
        let text = texts::support_request(pack, l).unwrap();
        assert!(
            text.contains(enrollready::i18n::recovery::scenario_title(ResetList::A, l)),
            "{text}"
        );
        assert!(text.contains("Managed by Intune and Office 365"), "{text}");
        for list in [ResetList::A, ResetList::C] {
            let title = enrollready::i18n::recovery::checklist_title(list, l);
            assert!(text.contains(title), "{title} not in {text}");
        }
        // The notice (seed l.213: up to three business days; do not configure
        // early) is for the admin: never in the message to Support.
        for line in enrollready::i18n::recovery::notice_text(&notice, l) {
            assert!(!text.contains(&line), "{line} in {text}");
        }
        for word in [
            "three",
            "drie",
            "werkdagen",
            "business days",
            "Configureer",
            "Do not",
        ] {
            assert!(!text.contains(word), "{word} in {text}");
        }
    }
    // Office 365 → Configuration Manager: scenario C (seed l.200).
    let mut plan = fixture("recovery-wrong-authority.json");
    plan.recovery.current_authority = Some(Authority::Office365);
    let a = analyze(&plan, &ctx(2017, 10, 10));
    let pack = a.recovery.pack.expect("support");
    assert_eq!(
        (pack.current, pack.scenario),
        (Some(Authority::Office365), Some(ResetList::C))
    );
    // A scenario the source does not list (Intune → Office 365): no scenario.
    let mut plan = fixture("recovery-wrong-authority.json");
    plan.recovery.target_authority = Some(Authority::Office365);
    let a = analyze(&plan, &ctx(2017, 10, 10));
    let mut pack = a.recovery.pack.expect("contact support");
    assert_eq!(pack.scenario, None);
    pack.ready = true;
    let en = texts::support_request(&pack, Locale::En).unwrap();
    assert!(en.contains("none of the three scenarios"), "{en}");
}

// ---- element ids of every finding ----

/// Every element id the page draws for a plan.
fn ids_of(plan: &Plan) -> std::collections::HashSet<String> {
    let mut ids: std::collections::HashSet<String> = enrollready::domain::company_portal::FIELDS
        .iter()
        .map(|f| f.key.to_owned())
        .collect();
    for f in FORMS {
        ids.extend(f.controls.iter().map(|c| c.dom_id(At::Plan)));
        if let Some(l) = f.list {
            ids.insert(l.add_key.to_owned());
            let n = l.list.count(plan);
            for i in 0..n {
                ids.extend(l.controls.iter().map(|c| c.dom_id(At::Entry(i))));
            }
        }
    }
    for def in ruleset::CLASSIC_2017.items() {
        ids.extend(
            form::item_controls(def.id)
                .iter()
                .map(|c| c.dom_id(At::Item(def.id))),
        );
    }
    ids
}

fn check_links(plan: &Plan, today: Ctx) -> usize {
    let a = analyze(plan, &today);
    let ids = ids_of(plan);
    for f in &a.findings {
        let id = form::dom_id(f.path).unwrap_or_else(|| panic!("no id for {:?}", f.path));
        assert!(
            ids.contains(&id),
            "{:?} links to {id}, which the page does not draw",
            f.path
        );
    }
    a.findings.len()
}

#[test]
fn every_finding_of_the_fixtures_links_to_a_control() {
    let mut total = 0;
    for plan in fixtures() {
        for day in [ctx(2017, 10, 10), ctx(2019, 6, 1)] {
            total += check_links(&plan, day);
        }
    }
    assert!(total > 20, "the fixtures should produce findings ({total})");
}

#[test]
fn every_finding_of_the_corpus_strings_in_every_text_control_links_to_a_control() {
    let blns: Vec<String> = serde_json::from_str(
        &std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/blns/blns.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let base = fixture("full.json");
    let text_controls: Vec<&Control> = every_control()
        .into_iter()
        .filter(|c| matches!(c.kind, Kind::Text | Kind::Date | Kind::Number))
        .collect();
    let mut total = 0;
    // Every 7th string keeps the debug build quick; each control sees a
    // different slice of the corpus.
    for (n, c) in text_controls.iter().enumerate() {
        for s in blns.iter().skip(n % 7).step_by(7) {
            let mut plan = base.clone();
            let at = match at_for(c) {
                At::Item(_) => At::Item("S2-01"),
                other => other,
            };
            if let Some(a) = c.action(at, Input::Text(s)) {
                plan.apply(a);
            }
            total += check_links(&plan, ctx(2017, 10, 10));
        }
    }
    assert!(total > 1000);
}

// ---- the history ----

fn type_into(h: &mut History, plan: &mut Plan, text: &str, t: u64) {
    h.apply(
        plan,
        Action::Set(Field::LicenseWho, At::Plan, Value::Text(text.into())),
        t,
    );
}

#[test]
fn typing_merges_into_one_step_until_a_pause() {
    let mut plan = Plan::default();
    let mut h = History::new();
    type_into(&mut h, &mut plan, "p", 0);
    type_into(&mut h, &mut plan, "pi", 300);
    type_into(&mut h, &mut plan, "pil", 300 + MERGE_WINDOW_MS - 1);
    assert_eq!(h.undo_len(), 1);
    // A pause of a full window starts a new step.
    type_into(&mut h, &mut plan, "pilot", 300 + 2 * MERGE_WINDOW_MS);
    assert_eq!(h.undo_len(), 2);
    assert!(h.undo(&mut plan));
    assert_eq!(plan.licenses.who, "pil");
    assert!(h.undo(&mut plan));
    assert_eq!(plan.licenses.who, "");
    assert!(!h.can_undo());
    assert!(h.redo(&mut plan));
    assert_eq!(plan.licenses.who, "pil");
}

#[test]
fn typing_in_another_field_or_after_seal_is_a_new_step() {
    let mut plan = Plan::default();
    let mut h = History::new();
    type_into(&mut h, &mut plan, "a", 0);
    h.apply(
        &mut plan,
        Action::Set(Field::TenantId, At::Plan, Value::Text("c".into())),
        10,
    );
    assert_eq!(h.undo_len(), 2);
    type_into(&mut h, &mut plan, "ab", 20);
    assert_eq!(h.undo_len(), 3);
    h.seal();
    type_into(&mut h, &mut plan, "abc", 30);
    assert_eq!(h.undo_len(), 4);
    // Checkboxes never merge.
    for t in [40, 41] {
        h.apply(
            &mut plan,
            Action::Set(Field::CoExistence, At::Plan, Value::Bool(t == 40)),
            t,
        );
    }
    assert_eq!(h.undo_len(), 6);
}

#[test]
fn the_history_holds_a_hundred_steps_and_more_edits_drop_the_oldest() {
    let mut plan = Plan::default();
    let mut h = History::new();
    for i in 0..150u64 {
        // Each edit a pause apart: one step each.
        type_into(&mut h, &mut plan, &format!("v{i}"), i * 2 * MERGE_WINDOW_MS);
    }
    const { assert!(DEPTH >= 100) };
    assert_eq!(h.undo_len(), DEPTH);
    for _ in 0..DEPTH {
        assert!(h.undo(&mut plan));
    }
    assert!(!h.undo(&mut plan));
    assert_eq!(plan.licenses.who, format!("v{}", 150 - DEPTH - 1));
    for _ in 0..DEPTH {
        assert!(h.redo(&mut plan));
    }
    assert_eq!(plan.licenses.who, "v149");
}

#[test]
fn remove_and_replace_are_undoable_and_a_new_edit_clears_redo() {
    let mut plan = two_domains();
    let mut h = History::new();
    assert!(h.apply(&mut plan, Action::Remove(List::Domains, 0), 0));
    assert!(h.undo(&mut plan));
    assert_eq!(
        plan,
        two_domains(),
        "the entry is back at its place, unknown members too"
    );
    assert!(h.redo(&mut plan));
    assert_eq!(plan.connections.domains.len(), 1);
    assert!(h.undo(&mut plan));

    let other = fixture("full.json");
    assert!(h.apply(&mut plan, Action::Replace(Box::new(other.clone())), 5_000));
    assert_eq!(plan, other);
    assert!(h.undo(&mut plan));
    assert_eq!(plan, two_domains());
    assert!(h.can_redo());
    type_into(&mut h, &mut plan, "x", 10_000);
    assert!(!h.can_redo(), "a new edit clears redo");
    // A refused or empty edit is no step.
    let steps = h.undo_len();
    assert!(!h.apply(
        &mut plan,
        Action::Move(List::Domains, 0, Direction::Up),
        20_000
    ));
    assert_eq!(h.undo_len(), steps);
}

#[test]
fn removing_a_logo_is_undoable() {
    let png = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/images/logo-400x100.png"),
    )
    .unwrap();
    let mut plan = Plan::default();
    let mut h = History::new();
    h.apply(
        &mut plan,
        Action::SetLogo(
            LogoSlot::ThemeBackground,
            Some(Logo::from_bytes("l.png", &png)),
        ),
        0,
    );
    let with_logo = plan.clone();
    h.apply(
        &mut plan,
        Action::SetLogo(LogoSlot::ThemeBackground, None),
        5_000,
    );
    assert!(plan.company_portal.logo_theme_background.is_none());
    assert!(h.undo(&mut plan));
    assert_eq!(plan, with_logo);
}

#[cfg(feature = "arbitrary")]
mod random_plans {
    use super::*;

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig { cases: 64, ..Default::default() })]

        /// Random plans (the `arbitrary` feature) reach paths the fixtures do not.
        #[test]
        fn every_finding_of_a_random_plan_links_to_a_control(plan in proptest::prelude::any::<Plan>()) {
            check_links(&plan, ctx(2017, 10, 10));
        }
    }
}

#[test]
fn item_links_go_to_the_status_or_the_tick_box() {
    assert_eq!(form::item_dom_id("S1-01"), "item-S1-01-status");
    assert_eq!(form::item_dom_id("RST-A-01"), "item-RST-A-01-done");
    use enrollready::domain::checklist::ItemField;
    use enrollready::domain::FieldPath;
    assert_eq!(
        form::dom_id(FieldPath::Item("RST-B-02", ItemField::Status)).unwrap(),
        "item-RST-B-02-done"
    );
    assert_eq!(
        form::dom_id(FieldPath::Item("S5-01", ItemField::Reason)).unwrap(),
        "item-S5-01-reason"
    );
    // A reset item has no reason control: the link goes to its tick box.
    assert_eq!(
        form::dom_id(FieldPath::Item("RST-A-01", ItemField::Reason)).unwrap(),
        "item-RST-A-01-done"
    );
}
