//! The desk's pure core: summaries of every golden fixture, which plan the
//! page opens, the move of the single plan of earlier versions (verified
//! before the old keys go), export file names, and the "Export all" archive
//! read back with an independent ZIP reader (the `zip` crate).

use std::io::Read;
use std::path::PathBuf;

use enrollready::autosave::{MemoryStore, Store, StoreError, BACKUP_KEYS, PLAN_KEY};
use enrollready::desk::{self, Legacy, Opening, Summary};
use enrollready::domain::readiness::Readiness;
use enrollready::domain::Date;
use enrollready::format;

fn fixtures() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/v1");
    let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(&p).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn day() -> Date {
    Date::new(2026, 12, 5).unwrap()
}

fn summary(id: &str, company: &str, changed_at: &str) -> Summary {
    Summary {
        id: id.into(),
        company: company.into(),
        prepared_for: String::new(),
        ruleset: "intune-2026".into(),
        percent: 0,
        readiness: Readiness::NotStarted,
        changed_at: changed_at.into(),
        unreadable: false,
    }
}

#[test]
fn every_fixture_has_a_summary_that_survives_storage() {
    let all = fixtures();
    assert!(all.len() >= 13, "{}", all.len());
    for (name, text) in &all {
        let env = format::from_json(text).unwrap();
        let s = Summary::of_record("p1", text, day(), format::from_json);
        assert!(!s.unreadable, "{name}");
        assert_eq!(
            s.company,
            env.plan.company_portal.company_name.trim(),
            "{name}"
        );
        assert_eq!(
            s.prepared_for,
            env.plan.report.prepared_for.trim(),
            "{name}"
        );
        assert_eq!(s.ruleset, env.ruleset, "{name}");
        assert_eq!(s.changed_at, env.exported_at, "{name}");
        assert!(s.percent <= 100, "{name}");
        assert_eq!(Summary::from_json(&s.to_json()), Some(s), "{name}");
    }
    let empty = Summary::of_record(
        "p1",
        &all.iter()
            .find(|(n, _)| n == "intune-2026-empty.json")
            .unwrap()
            .1,
        day(),
        format::from_json,
    );
    assert_eq!((empty.percent, empty.readiness), (0, Readiness::NotStarted));
    let full = all.iter().find(|(n, _)| n == "full.json").unwrap();
    let full = Summary::of_record("p1", &full.1, day(), format::from_json);
    assert!(full.percent > 0, "{full:?}");
    assert_eq!(full.company, "Contoso Nederland");
}

#[test]
fn an_unreadable_record_is_listed_as_such() {
    let s = Summary::of_record("p9", "{ not json", day(), format::from_json);
    assert!(s.unreadable);
    assert_eq!(s.id, "p9");
    assert!(s.to_json().contains("\"unreadable\":true"));
    assert_eq!(Summary::from_json("{}"), None);
    assert_eq!(
        Summary::from_json(&summary("../x", "A", "").to_json()),
        None,
        "ids are checked"
    );
}

#[test]
fn the_list_shows_the_latest_change_first() {
    let mut list = vec![
        summary("a", "beta", "2026-12-01T10:00:00Z"),
        summary("b", "Alpha", "2026-12-03T10:00:00Z"),
        summary("c", "alpha", "2026-12-01T10:00:00Z"),
    ];
    desk::sort(&mut list);
    let ids: Vec<&str> = list.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["b", "c", "a"]);
}

#[test]
fn the_page_opens_the_named_plan_else_the_last_else_the_latest_else_a_new_one() {
    let stored = [
        summary("old", "A", "2026-11-01T00:00:00Z"),
        summary("new", "B", "2026-12-01T00:00:00Z"),
    ];
    assert_eq!(
        desk::opening(Some("old"), Some("new"), &stored),
        Opening::Plan("old".into())
    );
    assert_eq!(
        desk::opening(Some("gone"), None, &stored),
        Opening::Plan("gone".into()),
        "a bookmark of a plan not stored opens it empty under its id"
    );
    assert_eq!(
        desk::opening(Some("<script>"), Some("old"), &stored),
        Opening::Plan("old".into())
    );
    assert_eq!(
        desk::opening(None, Some("deleted"), &stored),
        Opening::Plan("new".into())
    );
    assert_eq!(desk::opening(None, None, &[]), Opening::New);
}

/// A store whose removals fail, to show that nothing is lost half-way.
struct NoRemove(MemoryStore);
impl Store for NoRemove {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set(key, value)
    }
    fn remove(&mut self, _: &str) -> Result<(), StoreError> {
        Err(StoreError::Unavailable)
    }
}

#[test]
fn the_single_plan_of_earlier_versions_moves_once_and_only_when_verified() {
    let mut old = MemoryStore::default();
    assert_eq!(Legacy::find(&old), Ok(None));
    old.set(PLAN_KEY, "{\"format\":\"enrollready-plan\"}")
        .unwrap();
    old.set(BACKUP_KEYS[1], "{ broken").unwrap();
    old.set("enrollready.locale", "nl").unwrap();
    let legacy = Legacy::find(&old).unwrap().unwrap();
    let records = legacy.records("p1");
    assert_eq!(
        records,
        [
            (
                "p1".to_owned(),
                "{\"format\":\"enrollready-plan\"}".to_owned()
            ),
            ("p1.backup.2".to_owned(), "{ broken".to_owned()),
        ]
    );
    // Read back: all there and equal, or not verified.
    let back: Vec<(String, Option<String>)> = records
        .iter()
        .map(|(k, v)| (k.clone(), Some(v.clone())))
        .collect();
    assert!(legacy.verified("p1", &back));
    let mut short = back.clone();
    short[1].1 = Some("{ brok".into());
    assert!(!legacy.verified("p1", &short), "a changed record");
    assert!(!legacy.verified("p1", &back[..1]), "a missing record");
    assert!(!legacy.verified("p2", &back), "another plan's keys");

    let mut refusing = NoRemove(old.clone());
    assert_eq!(legacy.remove(&mut refusing), Err(StoreError::Unavailable));
    assert!(refusing.0.items.contains_key(PLAN_KEY));

    legacy.remove(&mut old).unwrap();
    assert_eq!(Legacy::find(&old), Ok(None), "moved once");
    assert_eq!(
        old.get("enrollready.locale").unwrap().as_deref(),
        Some("nl")
    );
}

#[test]
fn export_names_are_unique() {
    let names = desk::export_names(&["Contoso", "Contoso", "", "Fabrikam", "Contoso"], day());
    assert_eq!(
        names,
        [
            "enrollready-contoso-2026-12-05.json",
            "enrollready-contoso-2026-12-05-2.json",
            "enrollready-plan-2026-12-05.json",
            "enrollready-fabrikam-2026-12-05.json",
            "enrollready-contoso-2026-12-05-3.json",
        ]
    );
}

#[test]
fn export_all_is_a_zip_archive_that_an_independent_reader_opens() {
    let files: Vec<(String, Vec<u8>)> = fixtures()
        .into_iter()
        .map(|(n, t)| (format!("enrollready-{n}"), t.into_bytes()))
        .chain(std::iter::once((
            "één café.json".to_owned(),
            b"{}".to_vec(),
        )))
        .collect();
    let bytes = desk::archive(&files, day()).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    assert_eq!(zip.len(), files.len());
    for (name, content) in &files {
        let mut f = zip.by_name(name).unwrap();
        assert_eq!(f.compression(), zip::CompressionMethod::Stored);
        let modified = f.last_modified().unwrap();
        assert_eq!(
            (modified.year(), modified.month(), modified.day()),
            (2026, 12, 5)
        );
        let mut read = Vec::new();
        f.read_to_end(&mut read).unwrap(); // checks the CRC-32 too
        assert_eq!(&read, content, "{name}");
    }
    assert_eq!(
        desk::archive(&[], day()).map(|b| b.len()),
        Some(22),
        "an empty archive"
    );
}

/// `index.html` opens the database while the wasm is fetched (issue 15), and
/// the page takes it over: its name, version and stores must be the desk's.
#[test]
fn the_early_open_in_index_html_names_the_desks_database() {
    let html =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("index.html"))
            .unwrap();
    let open = format!("indexedDB.open({:?}, {})", desk::DB_NAME, desk::DB_VERSION);
    assert!(html.contains(&open), "index.html does not call {open}");
    let stores = format!("[{:?}, {:?}]", desk::RECORDS, desk::SUMMARIES);
    assert!(
        html.contains(&stores),
        "index.html does not create {stores}"
    );
}
