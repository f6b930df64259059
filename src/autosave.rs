//! The autosave policy: what the page reads, keeps and writes in the browser's
//! storage. A pure state machine over a [`Store`], so that every rule of
//! "saved work is never lost" is tested natively (`tests/autosave_rules.rs`);
//! `platform` provides the `localStorage` store and `ui::state` drives it.
//!
//! The rules:
//! * Nothing is written until the user makes a first change ([`Autosave::edited`]).
//! * A saved record the page cannot read is never written over without an edit.
//!   It is copied to the first free backup slot (`enrollready.plan.backup.1`
//!   to `.3`, none ever overwritten; a record already kept is not copied again).
//!   When no copy could be made (no free slot, or storage refused it), the
//!   record stays where it is and autosave is blocked until the user downloads
//!   or discards it.
//! * Before every write the stored record is compared with the one this tab
//!   last read or wrote: when another tab wrote in between, the write is
//!   refused as a [`Saved::Conflict`] and the user chooses "keep mine" or
//!   "load the other tab's". A change made in another tab is adopted at once
//!   when this tab has no unsaved edit.

use std::hash::{Hash, Hasher};

use crate::codec::Reader;
use crate::format::{Envelope, ImportError};

/// Where the plan is saved, in the export format.
pub const PLAN_KEY: &str = "enrollready.plan";
/// Where unreadable saved plans are kept, one each, never overwritten.
pub const BACKUP_KEYS: [&str; 3] = [
    "enrollready.plan.backup.1",
    "enrollready.plan.backup.2",
    "enrollready.plan.backup.3",
];

/// Why storage refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StoreError {
    /// The quota is exceeded.
    Full,
    /// Storage is disabled or missing (private mode, policy, sandbox).
    Unavailable,
}

/// A key-value store such as `localStorage`.
pub trait Store {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
}

/// What happened to an unreadable record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backup {
    /// Copied to backup slot `n` (1 to 3).
    Kept(usize),
    /// The same record was already in backup slot `n`.
    AlreadyKept(usize),
    /// All three slots hold other records: nothing was copied.
    NoFreeSlot,
    /// Storage refused the copy.
    Failed(StoreError),
}

impl Backup {
    /// True when a copy of the record exists in a backup slot.
    pub fn is_safe(self) -> bool {
        matches!(self, Backup::Kept(_) | Backup::AlreadyKept(_))
    }
}

/// A saved record that could not be read.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub error: ImportError,
    /// The record as it was found, for "Download the unreadable plan".
    pub raw: String,
    pub backup: Backup,
}

/// What the page finds at start.
#[derive(Clone, Debug, PartialEq)]
pub enum Start {
    /// Nothing saved yet.
    Fresh,
    /// The saved plan.
    Restored(Box<Envelope>),
    /// A record that could not be read (start with an empty plan).
    Unreadable(Unreadable),
    /// Storage could not be read at all.
    NoStorage(StoreError),
}

/// The result of a save attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Saved {
    Written,
    /// No edit since the last write: nothing to do.
    Unchanged,
    /// An unreadable record with no backup is in the way: not written.
    Blocked,
    /// Another tab wrote since this tab last read: not written.
    Conflict,
    Failed(StoreError),
}

/// What to do about a change of the stored plan made by another tab.
#[derive(Clone, Debug, PartialEq)]
pub enum External {
    /// Nothing to do (our own record, or the record was removed).
    Ignore,
    /// This tab has no unsaved edit: show the other tab's plan.
    Adopt(Box<Envelope>),
    /// This tab has an unsaved edit: ask "keep mine" or "load the other tab's".
    Conflict,
    /// The other tab's record cannot be read; it was handled like one found at start.
    Unreadable(Unreadable),
}

/// The autosave state of one tab.
#[derive(Clone, Debug, Default)]
pub struct Autosave {
    /// A fingerprint of the record this tab last read or wrote (`None`: none).
    seen: Option<u64>,
    /// An edit not yet written.
    dirty: bool,
    /// An unreadable record without a backup is in the way.
    blocked: bool,
}

fn fingerprint(text: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

impl Autosave {
    /// Reads the saved plan, keeping an unreadable one safe.
    /// `read` is the plan reader ([`crate::codec`]).
    pub fn start(store: &mut impl Store, read: Reader) -> (Autosave, Start) {
        let mut me = Autosave::default();
        let text = match store.get(PLAN_KEY) {
            Ok(Some(text)) => text,
            Ok(None) => return (me, Start::Fresh),
            Err(e) => return (me, Start::NoStorage(e)),
        };
        me.seen = Some(fingerprint(&text));
        match read(&text) {
            Ok(env) => (me, Start::Restored(Box::new(env))),
            Err(error) => {
                let u = me.keep_unreadable(store, error, text);
                (me, Start::Unreadable(u))
            }
        }
    }

    fn keep_unreadable(
        &mut self,
        store: &mut impl Store,
        error: ImportError,
        raw: String,
    ) -> Unreadable {
        let backup = back_up(store, &raw);
        self.blocked = !backup.is_safe();
        Unreadable { error, raw, backup }
    }

    /// The user changed the plan: the next save may write.
    pub fn edited(&mut self) {
        self.dirty = true;
    }

    /// True when an edit has not been written yet.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// True while an unreadable record without a backup stops autosave.
    pub fn is_blocked(&self) -> bool {
        self.blocked
    }

    /// Writes `json` (the plan in the export format) if there is an edit to
    /// write, nothing is in the way and no other tab wrote since.
    pub fn save(&mut self, store: &mut impl Store, json: &str) -> Saved {
        if !self.dirty {
            return Saved::Unchanged;
        }
        if self.blocked {
            return Saved::Blocked;
        }
        let current = match store.get(PLAN_KEY) {
            Ok(v) => v.as_deref().map(fingerprint),
            Err(e) => return Saved::Failed(e),
        };
        if current.is_some() && current != self.seen {
            return Saved::Conflict;
        }
        self.write(store, json)
    }

    fn write(&mut self, store: &mut impl Store, json: &str) -> Saved {
        match store.set(PLAN_KEY, json) {
            Ok(()) => {
                self.seen = Some(fingerprint(json));
                self.dirty = false;
                Saved::Written
            }
            Err(e) => Saved::Failed(e),
        }
    }

    /// "Keep mine": writes this tab's plan over the other tab's.
    pub fn keep_mine(&mut self, store: &mut impl Store, json: &str) -> Saved {
        if self.blocked {
            return Saved::Blocked;
        }
        self.write(store, json)
    }

    /// "Load the other tab's": reads the stored plan and drops this tab's
    /// unsaved edit.
    pub fn load_theirs(&mut self, store: &mut impl Store, read: Reader) -> External {
        match store.get(PLAN_KEY) {
            Ok(Some(text)) => {
                self.dirty = false;
                self.adopt(store, text, read)
            }
            _ => External::Ignore,
        }
    }

    /// Another tab changed the stored plan to `new` (`None`: removed it).
    pub fn external_change(
        &mut self,
        store: &mut impl Store,
        new: Option<String>,
        read: Reader,
    ) -> External {
        let Some(text) = new else {
            // Removed elsewhere: the next save writes without a conflict.
            self.seen = None;
            return External::Ignore;
        };
        if Some(fingerprint(&text)) == self.seen {
            return External::Ignore;
        }
        if self.dirty {
            return External::Conflict;
        }
        self.adopt(store, text, read)
    }

    fn adopt(&mut self, store: &mut impl Store, text: String, read: Reader) -> External {
        self.seen = Some(fingerprint(&text));
        match read(&text) {
            Ok(env) => External::Adopt(Box::new(env)),
            Err(error) => External::Unreadable(self.keep_unreadable(store, error, text)),
        }
    }

    /// The user downloaded the unreadable record: autosave may write over it
    /// once there is an edit.
    pub fn unreadable_downloaded(&mut self) {
        self.blocked = false;
    }

    /// The user discarded the unreadable record: it is removed now.
    pub fn discard_unreadable(&mut self, store: &mut impl Store) -> Result<(), StoreError> {
        store.remove(PLAN_KEY)?;
        self.seen = None;
        self.blocked = false;
        Ok(())
    }
}

/// Copies an unreadable record to the first free backup slot, unless the same
/// record is already kept. Never overwrites a slot.
pub fn back_up(store: &mut impl Store, raw: &str) -> Backup {
    let mut free = None;
    for (i, key) in BACKUP_KEYS.iter().enumerate() {
        let n = i.saturating_add(1);
        match store.get(key) {
            Ok(Some(kept)) if kept == raw => return Backup::AlreadyKept(n),
            Ok(Some(_)) => {}
            Ok(None) => {
                if free.is_none() {
                    free = Some((n, *key));
                }
            }
            Err(e) => return Backup::Failed(e),
        }
    }
    let Some((n, key)) = free else {
        return Backup::NoFreeSlot;
    };
    match store.set(key, raw) {
        Ok(()) => Backup::Kept(n),
        Err(e) => Backup::Failed(e),
    }
}

/// A store in memory, for tests and for pages without storage.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    pub items: std::collections::BTreeMap<String, String>,
    /// When set, every write fails with this error.
    pub refuse_writes: Option<StoreError>,
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.items.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if let Some(e) = self.refuse_writes {
            return Err(e);
        }
        self.items.insert(key.to_owned(), value.to_owned());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.items.remove(key);
        Ok(())
    }
}
