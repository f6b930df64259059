//! The consultant's desk: every plan kept in this browser. Pure: what a plan
//! is called in storage and in the address, the one-line summary the Plans
//! list shows, which plan the page opens, the move of the single plan that
//! earlier versions kept in `localStorage`, and the "Export all" archive.
//! `platform::desk` keeps the records in IndexedDB; `ui::plans` draws the list.
//!
//! Storage layout (IndexedDB database [`DB_NAME`]):
//! * store [`RECORDS`]: each plan's record under its id (the export format,
//!   exactly as autosave writes it), and its backups of unreadable records
//!   under `<id>.backup.<n>` ([`storage_key`]);
//! * store [`SUMMARIES`]: each plan's [`Summary`] as JSON under its id, so
//!   that the list opens without reading a single plan.
//!
//! Each plan keeps every promise of [`crate::autosave`]: the page runs that
//! policy over the open plan's keys ([`storage_key`] maps them).

use serde::{Deserialize, Serialize};

use crate::autosave::{Store, StoreError, BACKUP_KEYS, PLAN_KEY};
use crate::domain::readiness::Readiness;
use crate::domain::checks::fold_case;
use crate::domain::{analyze, ruleset, Analysis, Ctx, Date, Plan};
use crate::codec::Reader;
use crate::format::Envelope;

/// The IndexedDB database of the page.
pub const DB_NAME: &str = "enrollready";
/// Its version (the stores below).
pub const DB_VERSION: u32 = 1;
/// Plan records and their backups, by key.
pub const RECORDS: &str = "records";
/// One summary per plan, by id.
pub const SUMMARIES: &str = "summaries";
/// Where `localStorage` remembers the plan opened last (a convenience).
pub const LAST_OPEN_KEY: &str = "enrollready.open";
/// Where `localStorage` keeps the open plan's last record while its write to
/// IndexedDB is under way as the page is hidden or closed (a browser may
/// abort that write): `<id>\n<record>`. The next start writes it to the
/// desk if the desk does not hold it yet, then removes it.
pub const JOURNAL_KEY: &str = "enrollready.journal";
/// The address's query parameter that names the open plan.
pub const QUERY: &str = "plan";
/// The longest id accepted from an address.
const MAX_ID: usize = 40;

/// A new plan's id: the time in milliseconds and a random number, both in
/// base 36 (`lq2v5k0a-4fzyo`). Short, sortable by creation, safe in an address.
pub fn new_id(now_ms: u64, random: u32) -> String {
    format!("{}-{}", base36(now_ms), base36(u64::from(random)))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        let d = usize::try_from(n % 36).unwrap_or(0);
        out.push(char::from(DIGITS.get(d).copied().unwrap_or(b'0')));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.iter().rev().collect()
}

/// True for an id this page could have made: 1 to 40 characters of `a`–`z`,
/// `0`–`9` and `-`. Anything else in an address is ignored.
pub fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The key in [`RECORDS`] of autosave's `key` for plan `id`: the record
/// itself under the id, the backups under `<id>.backup.<n>`. `None` for keys
/// autosave does not use.
pub fn storage_key(id: &str, key: &str) -> Option<String> {
    if key == PLAN_KEY {
        return Some(id.to_owned());
    }
    let n = BACKUP_KEYS.iter().position(|k| *k == key)?;
    Some(format!("{id}.backup.{}", n.saturating_add(1)))
}

/// Every key of plan `id` in [`RECORDS`] (the record and its backup slots).
pub fn all_keys(id: &str) -> Vec<String> {
    std::iter::once(PLAN_KEY)
        .chain(BACKUP_KEYS)
        .filter_map(|k| storage_key(id, k))
        .collect()
}

/// A change to write to [`RECORDS`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Op {
    Put(String, String),
    Delete(String),
}

/// The open plan's records as autosave sees them: its keys (autosave's own
/// names) in memory, each change queued as an [`Op`] on the plan's storage
/// keys, which the page then writes to IndexedDB in one transaction. Reads
/// answer from memory: what this tab last read, wrote, or heard from another
/// tab (see `ui::state`), so autosave's conflict check keeps working.
#[derive(Clone, Debug, Default)]
pub struct Mirror {
    pub id: String,
    items: std::collections::BTreeMap<String, String>,
    ops: Vec<Op>,
}

impl Mirror {
    /// Plan `id` with its stored records (storage key, value).
    pub fn new(id: &str, stored: &[(String, Option<String>)]) -> Mirror {
        let mut items = std::collections::BTreeMap::new();
        for key in std::iter::once(PLAN_KEY).chain(BACKUP_KEYS) {
            let Some(at) = storage_key(id, key) else {
                continue;
            };
            if let Some((_, Some(v))) = stored.iter().find(|(k, _)| *k == at) {
                items.insert(key.to_owned(), v.clone());
            }
        }
        Mirror {
            id: id.to_owned(),
            items,
            ops: Vec::new(),
        }
    }

    /// Another tab wrote (or removed) the record: remember it, write nothing.
    pub fn heard(&mut self, record: Option<String>) {
        match record {
            Some(v) => self.items.insert(PLAN_KEY.to_owned(), v),
            None => self.items.remove(PLAN_KEY),
        };
    }

    /// The changes not yet handed to storage, oldest first.
    pub fn take_ops(&mut self) -> Vec<Op> {
        std::mem::take(&mut self.ops)
    }

    /// True when the plan has a record (it is in the Plans list).
    pub fn has_record(&self) -> bool {
        self.items.contains_key(PLAN_KEY)
    }
}

impl Store for Mirror {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.items.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        let at = storage_key(&self.id, key).ok_or(StoreError::Unavailable)?;
        self.items.insert(key.to_owned(), value.to_owned());
        self.ops.push(Op::Put(at, value.to_owned()));
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        let at = storage_key(&self.id, key).ok_or(StoreError::Unavailable)?;
        self.items.remove(key);
        self.ops.push(Op::Delete(at));
        Ok(())
    }
}

/// The journal's value for plan `id`'s `record` ([`JOURNAL_KEY`]).
pub fn journal(id: &str, record: &str) -> String {
    format!("{id}\n{record}")
}

/// A journal's plan id and record; `None` when it is not one.
pub fn read_journal(text: &str) -> Option<(&str, &str)> {
    text.split_once('\n').filter(|(id, _)| is_id(id))
}

/// What the Plans list shows of one plan, kept beside its record.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    pub id: String,
    /// Step 4's company (organization) name, trimmed.
    pub company: String,
    /// "Prepared for", trimmed.
    pub prepared_for: String,
    /// The ruleset's id, as the file names it.
    pub ruleset: String,
    /// The meter's share of the work done.
    pub percent: u8,
    pub readiness: Readiness,
    /// When the record was last written (RFC 3339, UTC).
    pub changed_at: String,
    /// The record cannot be read (it is kept; opening the plan says why).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unreadable: bool,
}

impl Summary {
    /// The summary of a plan read from its record.
    pub fn of(id: &str, env: &Envelope, today: Date, changed_at: &str) -> Summary {
        let ctx = Ctx {
            today,
            ruleset: ruleset::by_id_or_new(&env.ruleset),
        };
        let analysis = analyze(&env.plan, &ctx);
        Summary::analysed(id, &env.plan, &env.ruleset, &analysis, changed_at)
    }

    /// The summary of a plan already analysed (the page's open plan).
    pub fn analysed(
        id: &str,
        plan: &Plan,
        ruleset: &str,
        analysis: &Analysis,
        changed_at: &str,
    ) -> Summary {
        let (percent, readiness) = analysis
            .readiness
            .overall
            .as_ref()
            .map_or((0, Readiness::NotStarted), |o| (o.percent(), o.readiness));
        Summary {
            id: id.to_owned(),
            company: plan.company_portal.company_name.trim().to_owned(),
            prepared_for: plan.report.prepared_for.trim().to_owned(),
            ruleset: ruleset.to_owned(),
            percent,
            readiness,
            changed_at: changed_at.to_owned(),
            unreadable: false,
        }
    }

    /// The summary of a record as stored: read, or marked unreadable.
    /// `read` is the plan reader ([`crate::codec`]).
    pub fn of_record(id: &str, record: &str, today: Date, read: Reader) -> Summary {
        match read(record) {
            Ok(env) => {
                let at = env.exported_at.clone();
                Summary::of(id, &env, today, &at)
            }
            Err(_) => Summary {
                id: id.to_owned(),
                company: String::new(),
                prepared_for: String::new(),
                ruleset: String::new(),
                percent: 0,
                readiness: Readiness::NotStarted,
                changed_at: String::new(),
                unreadable: true,
            },
        }
    }

    /// As stored in [`SUMMARIES`].
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A stored summary; `None` when it cannot be read (the page then reads
    /// the plan's record instead).
    pub fn from_json(text: &str) -> Option<Summary> {
        serde_json::from_str::<Summary>(text)
            .ok()
            .filter(|s| is_id(&s.id))
    }
}

/// The Plans list's order: the latest change first, then by company and id.
pub fn sort(list: &mut [Summary]) {
    list.sort_by(|a, b| {
        b.changed_at
            .cmp(&a.changed_at)
            .then_with(|| fold_case(&a.company).cmp(&fold_case(&b.company)))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// Which plan the page opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    /// This plan (stored or not: a plan not stored starts empty under its id).
    Plan(String),
    /// No plan named and none stored: a new plan (the page makes its id).
    New,
}

/// The plan named by the address if its id is valid; else the one opened
/// last if it is still stored; else the latest changed; else a new one.
pub fn opening(requested: Option<&str>, last: Option<&str>, stored: &[Summary]) -> Opening {
    if let Some(id) = requested.filter(|id| is_id(id)) {
        return Opening::Plan(id.to_owned());
    }
    if let Some(id) = last.filter(|id| stored.iter().any(|s| s.id == *id)) {
        return Opening::Plan(id.to_owned());
    }
    let latest = stored.iter().max_by(|a, b| a.changed_at.cmp(&b.changed_at));
    latest.map_or(Opening::New, |s| Opening::Plan(s.id.clone()))
}

/// What earlier versions of the page kept in `localStorage`: the one plan's
/// record and the backup slots, to be moved into the desk once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Legacy {
    /// Autosave's keys and values, as found.
    pub items: Vec<(&'static str, String)>,
}

impl Legacy {
    /// Reads the single plan's keys. `Ok(None)` when there is nothing to move.
    pub fn find(old: &impl Store) -> Result<Option<Legacy>, StoreError> {
        let mut items = Vec::new();
        for key in std::iter::once(PLAN_KEY).chain(BACKUP_KEYS) {
            if let Some(v) = old.get(key)? {
                items.push((key, v));
            }
        }
        Ok((!items.is_empty()).then_some(Legacy { items }))
    }

    /// The records to write for plan `id`: (key in [`RECORDS`], value).
    pub fn records(&self, id: &str) -> Vec<(String, String)> {
        self.items
            .iter()
            .filter_map(|(k, v)| storage_key(id, k).map(|key| (key, v.clone())))
            .collect()
    }

    /// True when every record reads back as it was written: only then are
    /// the old keys removed.
    pub fn verified(&self, id: &str, read_back: &[(String, Option<String>)]) -> bool {
        self.records(id).iter().all(|(key, value)| {
            read_back
                .iter()
                .any(|(k, v)| k == key && v.as_deref() == Some(value.as_str()))
        })
    }

    /// Removes the old keys (after [`Legacy::verified`]).
    pub fn remove(&self, old: &mut impl Store) -> Result<(), StoreError> {
        for (key, _) in &self.items {
            old.remove(key)?;
        }
        Ok(())
    }
}

/// "Export all": one file name per plan, `enrollready-<company>-<date>.json`,
/// made unique with `-2`, `-3` … in the list's order.
pub fn export_names(companies: &[&str], date: Date) -> Vec<String> {
    let mut used: Vec<String> = Vec::new();
    for company in companies {
        let stem = crate::report::file_stem(company, date);
        let mut name = format!("{stem}.json");
        let mut n: u32 = 1;
        while used.contains(&name) {
            n = n.saturating_add(1);
            name = format!("{stem}-{n}.json");
        }
        used.push(name);
    }
    used
}

/// ZIP's CRC-32 (ISO-HDLC) with one 1 KB table: a faster one (crc32fast's
/// 16 KB of tables) would cost the page's `dist/` 15 KB for files of a few
/// kilobytes.
const CRC_32: crc::Crc<u32> = crc::Crc::<u32>::new(&crc::CRC_32_ISO_HDLC);

/// A ZIP archive (PKWARE APPNOTE 6.3, method 0 "stored") of `files`
/// (name, content), dated `date` at midnight. Stored, not deflated: the plans
/// are small, logos are already compressed, and every unzip tool reads it.
/// `None` beyond the format's 4 GiB and 65,535 entries.
pub fn archive(files: &[(String, Vec<u8>)], date: Date) -> Option<Vec<u8>> {
    let (dos_time, dos_date) = (0u16, dos_date(date));
    let mut out: Vec<u8> = Vec::new();
    let mut central: Vec<u8> = Vec::new();
    for (name, content) in files {
        let offset = u32::try_from(out.len()).ok()?;
        let size = u32::try_from(content.len()).ok()?;
        let name_len = u16::try_from(name.len()).ok()?;
        let crc = CRC_32.checksum(content);
        // The fields both headers share, from "version needed" to the
        // extra field's length.
        let common = |o: &mut Vec<u8>| {
            put16(o, 20); // version needed: 2.0
            put16(o, 0x0800); // flags: names in UTF-8
            put16(o, 0); // stored
            put16(o, dos_time);
            put16(o, dos_date);
            put32(o, crc);
            put32(o, size);
            put32(o, size);
            put16(o, name_len);
            put16(o, 0); // no extra field
        };
        // Local file header.
        put32(&mut out, 0x0403_4b50);
        common(&mut out);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(content);
        // Its central directory entry.
        put32(&mut central, 0x0201_4b50);
        put16(&mut central, 20); // made by: 2.0, MS-DOS
        common(&mut central);
        put16(&mut central, 0); // comment
        put16(&mut central, 0); // disk
        put16(&mut central, 0); // internal attributes
        put32(&mut central, 0); // external attributes
        put32(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let count = u16::try_from(files.len()).ok()?;
    let central_offset = u32::try_from(out.len()).ok()?;
    let central_size = u32::try_from(central.len()).ok()?;
    out.extend_from_slice(&central);
    // End of central directory.
    put32(&mut out, 0x0605_4b50);
    put16(&mut out, 0);
    put16(&mut out, 0);
    put16(&mut out, count);
    put16(&mut out, count);
    put32(&mut out, central_size);
    put32(&mut out, central_offset);
    put16(&mut out, 0);
    u32::try_from(out.len()).ok()?;
    Some(out)
}

/// MS-DOS date: years since 1980 in bits 9–15, month 5–8, day 0–4.
fn dos_date(date: Date) -> u16 {
    let year = u16::try_from(date.year().clamp(1980, 2107).saturating_sub(1980)).unwrap_or(0);
    (year << 9) | (u16::from(date.month()) << 5) | u16::from(date.day())
}

fn put16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn put32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_short_safe_and_checked() {
        let id = new_id(1_764_900_000_000, 123_456);
        assert!(is_id(&id), "{id}");
        assert_eq!(id, format!("{}-2n9c", base36(1_764_900_000_000)));
        assert_eq!(base36(0), "0");
        assert_eq!(base36(35), "z");
        assert_eq!(base36(36), "10");
        assert!(is_id(&new_id(u64::MAX, u32::MAX)));
        for bad in ["", "A", "a b", "a/b", "<x>", &"a".repeat(41)] {
            assert!(!is_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn autosave_keys_map_to_the_plans_records() {
        assert_eq!(storage_key("p1", PLAN_KEY).as_deref(), Some("p1"));
        assert_eq!(
            storage_key("p1", BACKUP_KEYS[2]).as_deref(),
            Some("p1.backup.3")
        );
        assert_eq!(storage_key("p1", "enrollready.locale"), None);
        assert_eq!(
            all_keys("p1"),
            ["p1", "p1.backup.1", "p1.backup.2", "p1.backup.3"]
        );
    }

    #[test]
    fn the_mirror_queues_each_change_under_the_plans_keys() {
        let stored = [
            ("p1".to_owned(), Some("rec".to_owned())),
            ("p1.backup.2".to_owned(), Some("bak".to_owned())),
            ("p2".to_owned(), Some("other".to_owned())),
        ];
        let mut m = Mirror::new("p1", &stored);
        assert!(m.has_record());
        assert_eq!(m.get(PLAN_KEY).unwrap().as_deref(), Some("rec"));
        assert_eq!(m.get(BACKUP_KEYS[1]).unwrap().as_deref(), Some("bak"));
        assert_eq!(m.get(BACKUP_KEYS[0]).unwrap(), None);
        m.set(PLAN_KEY, "new").unwrap();
        m.remove(BACKUP_KEYS[1]).unwrap();
        assert!(m.set("enrollready.locale", "nl").is_err());
        assert_eq!(
            m.take_ops(),
            [
                Op::Put("p1".into(), "new".into()),
                Op::Delete("p1.backup.2".into())
            ]
        );
        assert!(m.take_ops().is_empty());
        m.heard(None);
        assert!(!m.has_record());
        assert!(m.take_ops().is_empty(), "what another tab wrote is not written again");
    }

    #[test]
    fn the_journal_names_its_plan() {
        let j = journal("p1", "{\n}");
        assert_eq!(read_journal(&j), Some(("p1", "{\n}")));
        assert_eq!(read_journal("{ no id"), None);
        assert_eq!(read_journal("a b\n{}"), None);
    }

    #[test]
    fn dos_dates() {
        assert_eq!(dos_date(Date::new(1980, 1, 1).unwrap()), 0x21);
        assert_eq!(
            dos_date(Date::new(2026, 12, 5).unwrap()),
            (46 << 9) | (12 << 5) | 5
        );
    }
}
