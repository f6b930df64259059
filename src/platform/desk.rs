//! The desk's storage: IndexedDB through the `idb` crate (stores and layout in
//! [`crate::desk`]), a `BroadcastChannel` that tells other tabs which plan
//! changed, and the request for persistent storage. Failures are values
//! ([`StoreError`]); nothing here decides anything.

use idb::{Database, DatabaseEvent, Factory, ObjectStoreParams, TransactionMode};
use wasm_bindgen::{JsCast, JsValue};

use crate::autosave::StoreError;
use crate::desk::{self, Legacy, Mirror, Op, Opening, Summary, RECORDS, SUMMARIES};

/// The channel on which a tab names the plan it just wrote.
const CHANNEL: &str = "enrollready.desk";

fn error(e: idb::Error) -> StoreError {
    // idb's errors carry the request's DOMException (or the exception a call
    // threw); its name says whether the quota is the cause.
    let full = match &e {
        idb::Error::DomException(d) => d.name() == "QuotaExceededError",
        other => format!("{other:?}").contains("QuotaExceeded"),
    };
    if full {
        StoreError::Full
    } else {
        StoreError::Unavailable
    }
}

/// The page's database.
#[derive(Clone)]
pub struct Db(std::rc::Rc<Database>);

/// Opens (and on first use creates) the database.
pub async fn open() -> Result<Db, StoreError> {
    if let Some(db) = opened_early().await {
        return Ok(Db(std::rc::Rc::new(idb::Database::from(db))));
    }
    let factory = Factory::new().map_err(error)?;
    let mut request = factory
        .open(desk::DB_NAME, Some(desk::DB_VERSION))
        .map_err(error)?;
    request.on_upgrade_needed(|event| {
        let Ok(db) = event.database() else {
            return;
        };
        for name in [RECORDS, SUMMARIES] {
            if !db.store_names().iter().any(|n| n == name) {
                let _ = db.create_object_store(name, ObjectStoreParams::new());
            }
        }
    });
    request
        .await
        .map(|d| Db(std::rc::Rc::new(d)))
        .map_err(error)
}

/// The database `index.html` began to open before the wasm was there
/// (`window.enrollreadyDesk`, a promise of the database or null), once.
async fn opened_early() -> Option<web_sys::IdbDatabase> {
    let window = web_sys::window()?;
    let key = wasm_bindgen::JsValue::from_str("enrollreadyDesk");
    let promise = js_sys::Reflect::get(&window, &key).ok()?;
    // Taken once: a later open (another plan's boot) opens its own.
    let _ = js_sys::Reflect::delete_property(&window, &key);
    let promise = promise.dyn_into::<js_sys::Promise>().ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into::<web_sys::IdbDatabase>()
        .ok()
}

impl Db {
    /// The values of `keys` in [`RECORDS`].
    pub async fn records(
        &self,
        keys: &[String],
    ) -> Result<Vec<(String, Option<String>)>, StoreError> {
        let tx = self
            .0
            .transaction(&[RECORDS], TransactionMode::ReadOnly)
            .map_err(error)?;
        let store = tx.object_store(RECORDS).map_err(error)?;
        let mut out = Vec::with_capacity(keys.len());
        for key in keys {
            let value = store
                .get(JsValue::from_str(key))
                .map_err(error)?
                .await
                .map_err(error)?;
            out.push((key.clone(), value.and_then(|v| v.as_string())));
        }
        Ok(out)
    }

    /// A summary of every stored plan (every record under a plan's id), from
    /// its stored summary, or from its record when the summary is missing or
    /// cannot be read (a tab that closed between the two, or a hand edit).
    pub async fn summaries(&self, today: crate::domain::Date) -> Result<Vec<Summary>, StoreError> {
        let tx = self
            .0
            .transaction(&[RECORDS, SUMMARIES], TransactionMode::ReadOnly)
            .map_err(error)?;
        let tx = &tx;
        let all_keys = |name| async move {
            tx.object_store(name)
                .map_err(error)?
                .get_all_keys(None, None)
                .map_err(error)?
                .await
                .map_err(error)
        };
        let ids: Vec<String> = all_keys(RECORDS)
            .await?
            .iter()
            .filter_map(|k| k.as_string().filter(|id| desk::is_id(id)))
            .collect();
        // A first visit has no plans: nothing to read, and the reader (a
        // chunk of its own, `platform::codec`) is not fetched for it.
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let summaries = tx.object_store(SUMMARIES).map_err(error)?;
        let keys = all_keys(SUMMARIES).await?;
        let values = summaries
            .get_all(None, None)
            .map_err(error)?
            .await
            .map_err(error)?;
        let stored: Vec<(String, String)> = keys
            .iter()
            .zip(values.iter())
            .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)))
            .collect();
        // Fetched after the transaction's last request: a transaction ends
        // when a task passes without one.
        let codec = super::codec::load().await.ok_or(StoreError::Unavailable)?;
        let mut known: std::collections::BTreeMap<String, Summary> = stored
            .iter()
            .filter_map(|(k, v)| {
                let s = (codec.summary_read)(v)?;
                (*k == s.id).then(|| (s.id.clone(), s))
            })
            .collect();
        let mut out = Vec::with_capacity(ids.len());
        let mut unread = Vec::new();
        for id in ids {
            match known.remove(&id) {
                Some(s) => out.push(s),
                None => unread.push(id),
            }
        }
        for (id, record) in self.records(&unread).await? {
            if let Some(record) = record {
                out.push(Summary::of_record(&id, &record, today, codec.read));
            }
        }
        desk::sort(&mut out);
        Ok(out)
    }

    /// Writes `ops` and the plan's summary in one transaction: all or
    /// nothing. A plan whose record is deleted loses its summary too.
    pub async fn write(&self, ops: &[Op], summary: Option<&Summary>) -> Result<(), StoreError> {
        let summary = match summary {
            Some(s) => {
                let codec = super::codec::load().await.ok_or(StoreError::Unavailable)?;
                Some((s.id.as_str(), (codec.summary_write)(s)))
            }
            None => None,
        };
        let tx = self
            .0
            .transaction(&[RECORDS, SUMMARIES], TransactionMode::ReadWrite)
            .map_err(error)?;
        let records = tx.object_store(RECORDS).map_err(error)?;
        let summaries = tx.object_store(SUMMARIES).map_err(error)?;
        for op in ops {
            match op {
                Op::Put(k, v) => {
                    records
                        .put(&JsValue::from_str(v), Some(&JsValue::from_str(k)))
                        .map_err(error)?
                        .await
                        .map_err(error)?;
                }
                Op::Delete(k) => {
                    records
                        .delete(JsValue::from_str(k))
                        .map_err(error)?
                        .await
                        .map_err(error)?;
                    if desk::is_id(k) {
                        summaries
                            .delete(JsValue::from_str(k))
                            .map_err(error)?
                            .await
                            .map_err(error)?;
                    }
                }
            }
        }
        if let Some((id, json)) = summary {
            summaries
                .put(&JsValue::from_str(&json), Some(&JsValue::from_str(id)))
                .map_err(error)?
                .await
                .map_err(error)?;
        }
        match tx.await.map_err(error)? {
            idb::TransactionResult::Committed => Ok(()),
            idb::TransactionResult::Aborted => Err(StoreError::Unavailable),
        }
    }

    /// Removes plan `id` (record, backups, summary) and returns what it held,
    /// so that "Undo" can put it back.
    pub async fn remove_plan(&self, id: &str) -> Result<Vec<(String, String)>, StoreError> {
        let held: Vec<(String, String)> = self
            .records(&desk::all_keys(id))
            .await?
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect();
        let ops: Vec<Op> = desk::all_keys(id).into_iter().map(Op::Delete).collect();
        self.write(&ops, None).await?;
        Ok(held)
    }

    /// Puts a plan's records (and its summary, made from its record).
    pub async fn put_plan(
        &self,
        id: &str,
        records: &[(String, String)],
        today: crate::domain::Date,
    ) -> Result<Summary, StoreError> {
        let read = super::codec::load()
            .await
            .ok_or(StoreError::Unavailable)?
            .read;
        let ops: Vec<Op> = records
            .iter()
            .map(|(k, v)| Op::Put(k.clone(), v.clone()))
            .collect();
        let summary = records
            .iter()
            .find(|(k, _)| k == id)
            .map(|(_, v)| Summary::of_record(id, v, today, read));
        self.write(&ops, summary.as_ref()).await?;
        Ok(summary.unwrap_or_else(|| Summary::of_record(id, "", today, read)))
    }
}

/// A new plan id.
pub fn new_id() -> String {
    let random = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
    desk::new_id(super::now_ms(), random)
}

/// Where the page keeps the open plan.
pub enum Backend {
    /// A plan on the desk (IndexedDB).
    Desk(Db, Mirror),
    /// IndexedDB is refused: the single plan in `localStorage`, as earlier
    /// versions kept it.
    Local(StoreError),
}

impl Backend {
    /// True when there is a stored plan to read.
    pub fn has_plan(&self) -> bool {
        match self {
            Backend::Desk(_, m) => m.has_record(),
            Backend::Local(_) => crate::autosave::Store::get(self, crate::autosave::PLAN_KEY)
                .ok()
                .flatten()
                .is_some(),
        }
    }
}

impl crate::autosave::Store for Backend {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        match self {
            Backend::Desk(_, m) => m.get(key),
            Backend::Local(_) => super::storage::Local.get(key),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        match self {
            Backend::Desk(_, m) => m.set(key, value),
            Backend::Local(_) => super::storage::Local.set(key, value),
        }
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        match self {
            Backend::Desk(_, m) => m.remove(key),
            Backend::Local(_) => super::storage::Local.remove(key),
        }
    }
}

/// Opens the database, moves the single plan of earlier versions into it
/// (verified before its old keys are removed), and loads the plan the
/// address names (or the last opened, the latest, or a new one). The address
/// is then made to name it.
pub async fn boot() -> Backend {
    let db = match open().await {
        Ok(db) => db,
        Err(e) => return Backend::Local(e),
    };
    let today = super::today();
    let mut moved = None;
    match Legacy::find(&super::storage::Local) {
        Ok(Some(legacy)) => {
            let id = new_id();
            let records = legacy.records(&id);
            let ok = db.put_plan(&id, &records, today).await.is_ok()
                && match db.records(&desk::all_keys(&id)).await {
                    Ok(back) => legacy.verified(&id, &back),
                    Err(_) => false,
                };
            if !ok {
                // Nothing is lost: the old record stays and the page keeps
                // working on it as before.
                return Backend::Local(StoreError::Unavailable);
            }
            let _ = legacy.remove(&mut super::storage::Local);
            moved = Some(id);
        }
        Ok(None) => {}
        Err(e) => return Backend::Local(e),
    }
    recover_journal(&db, today).await;
    let stored = db.summaries(today).await;
    // The first start after the move opens the moved plan.
    let requested = moved.or_else(query_plan);
    let last = super::storage::get(desk::LAST_OPEN_KEY).ok().flatten();
    let opening = match &stored {
        Ok(stored) => desk::opening(requested.as_deref(), last.as_deref(), stored),
        // The list could not be read (its reader could not be fetched): the
        // plan last open is opened all the same, and says why it is unread.
        Err(_) => desk::opening(requested.as_deref().or(last.as_deref()), None, &[]),
    };
    let (id, stored) = match opening {
        Opening::Plan(id) => {
            let stored = db.records(&desk::all_keys(&id)).await.unwrap_or_default();
            (id, stored)
        }
        // A new id has no records: one transaction less on a first visit.
        Opening::New => (new_id(), Vec::new()),
    };
    name_in_address(&id);
    Backend::Desk(db, Mirror::new(&id, &stored))
}

/// Writes the journal's record to the desk when the desk does not hold it
/// (its write was cut short by the page closing), then removes the journal.
/// On any failure the journal stays for the next start.
async fn recover_journal(db: &Db, today: crate::domain::Date) {
    let Ok(Some(text)) = super::storage::get(desk::JOURNAL_KEY) else {
        return;
    };
    let Some((id, record)) = desk::read_journal(&text) else {
        let _ = super::storage::remove(desk::JOURNAL_KEY);
        return;
    };
    let held = match db.records(&[id.to_owned()]).await {
        Ok(mut v) => v.pop().and_then(|(_, r)| r),
        Err(_) => return,
    };
    if held.as_deref() != Some(record) {
        let written = db
            .put_plan(id, &[(id.to_owned(), record.to_owned())], today)
            .await
            .is_ok();
        let back = db
            .records(&[id.to_owned()])
            .await
            .ok()
            .and_then(|mut v| v.pop());
        if !written || back.and_then(|(_, r)| r).as_deref() != Some(record) {
            return;
        }
    }
    let _ = super::storage::remove(desk::JOURNAL_KEY);
}

/// Keeps the open plan's record in the journal (see [`desk::JOURNAL_KEY`]).
pub fn write_journal(id: &str, record: &str) {
    let _ = super::storage::set(desk::JOURNAL_KEY, &desk::journal(id, record));
}

/// Removes the journal of plan `id` (its write has finished).
pub fn clear_journal(id: &str) {
    if let Ok(Some(text)) = super::storage::get(desk::JOURNAL_KEY) {
        if desk::read_journal(&text).is_some_and(|(j, _)| j == id) {
            let _ = super::storage::remove(desk::JOURNAL_KEY);
        }
    }
}

/// The plan the address names (`?plan=<id>`), if any.
pub fn query_plan() -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(desk::QUERY)
}

/// Makes the address name plan `id` (keeping the fragment), without a new
/// history entry, and remembers it as the plan opened last.
pub fn name_in_address(id: &str) {
    let _ = super::storage::set(desk::LAST_OPEN_KEY, id);
    let Some(w) = web_sys::window() else {
        return;
    };
    let hash = w.location().hash().unwrap_or_default();
    let url = format!("?{}={id}{hash}", desk::QUERY);
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Opens plan `id` (a new page load on its address), at `fragment`.
pub fn open_plan(id: &str, fragment: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w
            .location()
            .assign(&format!("?{}={id}#{fragment}", desk::QUERY));
    }
}

/// Tells other tabs that plan `id` was written or removed.
pub fn announce(id: &str) {
    if let Ok(c) = web_sys::BroadcastChannel::new(CHANNEL) {
        let _ = c.post_message(&JsValue::from_str(id));
        c.close();
    }
}

/// Calls `f` with the id of each plan another tab wrote or removed. Lives as
/// long as the page.
pub fn on_announce(f: impl Fn(String) + 'static) {
    let Ok(c) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let cb = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
        move |ev: web_sys::MessageEvent| {
            if let Some(id) = ev.data().as_string() {
                f(id);
            }
        },
    );
    c.set_onmessage(Some(cb.as_ref().unchecked_ref()));
    cb.forget();
    std::mem::forget(c);
}

/// Asks the browser to keep the page's storage under pressure. `Some(true)`
/// when it is (or already was) granted; `None` without the Storage API.
pub async fn persist() -> Option<bool> {
    let storage = web_sys::window()?.navigator().storage();
    let granted = wasm_bindgen_futures::JsFuture::from(storage.persisted().ok()?)
        .await
        .ok()?
        .as_bool()?;
    if granted {
        return Some(true);
    }
    wasm_bindgen_futures::JsFuture::from(storage.persist().ok()?)
        .await
        .ok()?
        .as_bool()
}
