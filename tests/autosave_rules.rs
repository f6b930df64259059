//! The autosave policy (issue 8, "saved work is never lost"; review F1, F3, F4):
//! every rule of `src/autosave.rs` against an in-memory store.

use enrollready::autosave::{
    Autosave, Backup, External, MemoryStore, Saved, Start, Store, StoreError, BACKUP_KEYS, PLAN_KEY,
};
use enrollready::domain::Plan;
use enrollready::format;

fn json_of(company: &str) -> String {
    let mut plan = Plan::default();
    plan.company_portal.company_name = company.into();
    format::to_json(&plan, &format::FileMeta::default(), "2026-11-29T12:00:00Z").expect("serialise")
}

fn store_with(plan_record: Option<&str>) -> MemoryStore {
    let mut s = MemoryStore::default();
    if let Some(r) = plan_record {
        s.items.insert(PLAN_KEY.into(), r.into());
    }
    s
}

const NEWER: &str = r#"{"format":"enrollready-plan","schema_version":2,"plan":{"company_portal":{"company_name":"Future Corp"}}}"#;
const DAMAGED: &str = "{ not json";
const UNKNOWN_RULESET: &str =
    r#"{"format":"enrollready-plan","schema_version":1,"ruleset":"intune-2031","plan":{}}"#;

fn company(start: &Start) -> String {
    match start {
        Start::Restored(env) => env.plan.company_portal.company_name.clone(),
        other => panic!("not restored: {other:?}"),
    }
}

#[test]
fn fresh_start_writes_nothing_until_the_first_edit() {
    let mut s = store_with(None);
    let (mut a, start) = Autosave::start(&mut s, format::from_json);
    assert_eq!(start, Start::Fresh);
    assert_eq!(a.save(&mut s, &json_of("A")), Saved::Unchanged);
    assert!(s.items.is_empty());
    a.edited();
    assert_eq!(a.save(&mut s, &json_of("A")), Saved::Written);
    assert_eq!(s.items.get(PLAN_KEY), Some(&json_of("A")));
    assert!(!a.is_dirty());
}

#[test]
fn f3_a_readable_plan_is_not_written_back_without_an_edit() {
    let record = json_of("Contoso");
    let mut s = store_with(Some(&record));
    let (mut a, start) = Autosave::start(&mut s, format::from_json);
    assert_eq!(company(&start), "Contoso");
    assert_eq!(a.save(&mut s, &json_of("Contoso")), Saved::Unchanged);
    assert_eq!(s.items.get(PLAN_KEY), Some(&record));
}

#[test]
fn f1_unreadable_records_are_backed_up_and_untouched_without_an_edit() {
    for raw in [NEWER, DAMAGED, UNKNOWN_RULESET] {
        let mut s = store_with(Some(raw));
        let (mut a, start) = Autosave::start(&mut s, format::from_json);
        let Start::Unreadable(u) = start else {
            panic!("{raw} should be unreadable")
        };
        assert_eq!(u.raw, raw);
        assert_eq!(u.backup, Backup::Kept(1));
        assert_eq!(s.items.get(BACKUP_KEYS[0]).map(String::as_str), Some(raw));
        assert!(!a.is_blocked());
        assert_eq!(a.save(&mut s, &json_of("")), Saved::Unchanged);
        assert_eq!(
            s.items.get(PLAN_KEY).map(String::as_str),
            Some(raw),
            "{raw}"
        );
        // After an edit the plan may replace it: the backup is safe.
        a.edited();
        assert_eq!(a.save(&mut s, &json_of("New")), Saved::Written);
        assert_eq!(s.items.get(BACKUP_KEYS[0]).map(String::as_str), Some(raw));
    }
}

#[test]
fn f1_the_same_unreadable_record_is_kept_once_across_reloads() {
    let mut s = store_with(Some(DAMAGED));
    let (_, first) = Autosave::start(&mut s, format::from_json);
    let (_, second) = Autosave::start(&mut s, format::from_json);
    assert!(matches!(first, Start::Unreadable(ref u) if u.backup == Backup::Kept(1)));
    assert!(matches!(second, Start::Unreadable(ref u) if u.backup == Backup::AlreadyKept(1)));
    assert!(!s.items.contains_key(BACKUP_KEYS[1]));
}

#[test]
fn f1_each_unreadable_record_gets_its_own_slot_and_none_is_overwritten() {
    let mut s = MemoryStore::default();
    for (i, raw) in ["{ one", "{ two", "{ three"].iter().enumerate() {
        s.items.insert(PLAN_KEY.into(), (*raw).into());
        let (_, start) = Autosave::start(&mut s, format::from_json);
        assert!(
            matches!(start, Start::Unreadable(ref u) if u.backup == Backup::Kept(i + 1)),
            "{start:?}"
        );
    }
    // A fourth: no free slot. It stays where it is and autosave waits.
    s.items.insert(PLAN_KEY.into(), "{ four".into());
    let (mut a, start) = Autosave::start(&mut s, format::from_json);
    assert!(matches!(start, Start::Unreadable(ref u) if u.backup == Backup::NoFreeSlot));
    assert!(a.is_blocked());
    a.edited();
    assert_eq!(a.save(&mut s, &json_of("X")), Saved::Blocked);
    assert_eq!(s.items.get(PLAN_KEY).map(String::as_str), Some("{ four"));
    for (key, raw) in BACKUP_KEYS.iter().zip(["{ one", "{ two", "{ three"]) {
        assert_eq!(s.items.get(*key).map(String::as_str), Some(raw));
    }
    // Downloading it releases autosave.
    a.unreadable_downloaded();
    assert_eq!(a.save(&mut s, &json_of("X")), Saved::Written);
}

#[test]
fn f1_a_failed_backup_is_reported_and_blocks_autosave_until_discarded() {
    let mut s = store_with(Some(DAMAGED));
    s.refuse_writes = Some(StoreError::Full);
    let (mut a, start) = Autosave::start(&mut s, format::from_json);
    assert!(matches!(
        start,
        Start::Unreadable(ref u) if u.backup == Backup::Failed(StoreError::Full)
    ));
    assert!(!Backup::Failed(StoreError::Full).is_safe());
    s.refuse_writes = None;
    a.edited();
    assert_eq!(a.save(&mut s, &json_of("X")), Saved::Blocked);
    assert_eq!(s.items.get(PLAN_KEY).map(String::as_str), Some(DAMAGED));
    a.discard_unreadable(&mut s).unwrap();
    assert!(!s.items.contains_key(PLAN_KEY));
    assert_eq!(a.save(&mut s, &json_of("X")), Saved::Written);
}

#[test]
fn f4_a_change_from_another_tab_is_adopted_without_an_unsaved_edit() {
    let mut s = store_with(Some(&json_of("Alpha")));
    let (mut a, _) = Autosave::start(&mut s, format::from_json);
    let theirs = json_of("Beta");
    s.items.insert(PLAN_KEY.into(), theirs.clone());
    let External::Adopt(env) = a.external_change(&mut s, Some(theirs), format::from_json) else {
        panic!("adopt")
    };
    assert_eq!(env.plan.company_portal.company_name, "Beta");
    // Our next edit saves without a conflict.
    a.edited();
    assert_eq!(a.save(&mut s, &json_of("Beta 2")), Saved::Written);
}

#[test]
fn f4_two_tabs_never_silently_overwrite_each_other() {
    let mut s = store_with(None);
    let (mut one, _) = Autosave::start(&mut s, format::from_json);
    let (mut two, _) = Autosave::start(&mut s, format::from_json);
    one.edited();
    assert_eq!(one.save(&mut s, &json_of("Alpha Corp")), Saved::Written);
    // Tab two edits before it hears of tab one's write.
    two.edited();
    assert_eq!(two.save(&mut s, &json_of("Jan")), Saved::Conflict);
    assert_eq!(s.items.get(PLAN_KEY), Some(&json_of("Alpha Corp")));
    // The event arrives: tab two has an unsaved edit, so it asks.
    assert_eq!(
        two.external_change(&mut s, Some(json_of("Alpha Corp")), format::from_json),
        External::Conflict
    );
    // "Load the other tab's".
    let External::Adopt(env) = two.load_theirs(&mut s, format::from_json) else {
        panic!("load theirs")
    };
    assert_eq!(env.plan.company_portal.company_name, "Alpha Corp");
    assert!(!two.is_dirty());
    // "Keep mine" from tab one after tab two writes again.
    two.edited();
    assert_eq!(
        two.save(&mut s, &json_of("Alpha Corp, Jan")),
        Saved::Written
    );
    one.edited();
    assert_eq!(one.save(&mut s, &json_of("Mine")), Saved::Conflict);
    assert_eq!(one.keep_mine(&mut s, &json_of("Mine")), Saved::Written);
    assert_eq!(s.items.get(PLAN_KEY), Some(&json_of("Mine")));
}

#[test]
fn f4_an_unreadable_record_from_another_tab_is_backed_up_not_adopted() {
    let mut s = store_with(Some(&json_of("Alpha")));
    let (mut a, _) = Autosave::start(&mut s, format::from_json);
    s.items.insert(PLAN_KEY.into(), NEWER.into());
    let External::Unreadable(u) = a.external_change(&mut s, Some(NEWER.into()), format::from_json)
    else {
        panic!("unreadable")
    };
    assert_eq!(u.backup, Backup::Kept(1));
    assert_eq!(s.items.get(PLAN_KEY).map(String::as_str), Some(NEWER));
}

#[test]
fn storage_that_cannot_be_read_is_reported() {
    struct Broken;
    impl enrollready::autosave::Store for Broken {
        fn get(&self, _: &str) -> Result<Option<String>, StoreError> {
            Err(StoreError::Unavailable)
        }
        fn set(&mut self, _: &str, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable)
        }
        fn remove(&mut self, _: &str) -> Result<(), StoreError> {
            Err(StoreError::Unavailable)
        }
    }
    let (mut a, start) = Autosave::start(&mut Broken, format::from_json);
    assert_eq!(start, Start::NoStorage(StoreError::Unavailable));
    a.edited();
    assert_eq!(
        a.save(&mut Broken, "{}"),
        Saved::Failed(StoreError::Unavailable)
    );
    assert!(a.is_dirty(), "a failed save keeps the edit unsaved");
}

/// The page's plan reader is a chunk of its own (`enrollready::codec`): when
/// it cannot be fetched, a stored plan is kept unread, with a backup, and the
/// message says what happened rather than blaming the plan.
#[test]
fn a_plan_is_kept_when_the_reader_could_not_be_fetched() {
    let mut s = MemoryStore::default();
    let stored = json_of("Contoso");
    s.set(PLAN_KEY, &stored).unwrap();
    let (_, start) = Autosave::start(&mut s, enrollready::codec::unavailable);
    let Start::Unreadable(u) = start else {
        panic!("{start:?}")
    };
    assert_eq!(u.error, format::ImportError::ReaderUnavailable);
    assert_eq!(u.raw, stored);
    assert!(u.backup.is_safe());
    assert_eq!(s.get(PLAN_KEY).unwrap().as_deref(), Some(stored.as_str()));
    let en = enrollready::i18n::messages::import_error(&u.error, enrollready::i18n::Locale::En);
    assert!(en.contains("could not be loaded"), "{en}");
    // The same record reads with the reader itself.
    let (_, start) = Autosave::start(&mut s, enrollready::codec::CODEC.read);
    assert!(matches!(start, Start::Restored(_)), "{start:?}");
}
