//! Undo and redo over every edit.
//!
//! The history stores *inverse actions*, not snapshots: each step holds only
//! what the edit overwrote (an old text, a removed entry, the replaced plan),
//! which [`Plan::apply_reversible`] hands back. A snapshot per step would
//! copy every string and list of the plan (a large plan is hundreds of
//! kilobytes) a hundred times; an inverse is usually a few bytes, and a logo
//! in it shares its content with the plan (`Arc<str>`).
//!
//! Typing in one field merges into one step until the typing pauses for
//! [`MERGE_WINDOW_MS`]: the caller passes a monotonic time in milliseconds
//! (the core reads no clock).

use std::collections::VecDeque;

use super::company_portal::FieldId;
use super::edit::{At, Field, ItemInput, Value};
use super::plan::{Action, Plan, Scope};

/// The history keeps at least this many steps (the oldest go first).
pub const DEPTH: usize = 100;
/// Edits of the same text field less than this far apart make one step.
pub const MERGE_WINDOW_MS: u64 = 1_000;

/// What makes two edits one step: the same text field, typed into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MergeKey {
    Portal(FieldId),
    Field(Field, At),
}

fn merge_key(action: &Action) -> Option<MergeKey> {
    match action {
        Action::SetText(id, _) => Some(MergeKey::Portal(*id)),
        Action::Set(field, at, Value::Text(_) | Value::Number(_)) => match field {
            Field::Item(ItemInput::Status | ItemInput::Done) => None,
            _ => Some(MergeKey::Field(*field, *at)),
        },
        _ => None,
    }
}

/// The undo and redo stacks of one plan.
#[derive(Clone, Debug, Default)]
pub struct History {
    /// Inverses of the edits made, oldest first.
    undo: VecDeque<Action>,
    /// Inverses of the edits undone, most recent last.
    redo: Vec<Action>,
    /// The text field of the last step and when it was last typed into,
    /// while that step may still grow.
    open: Option<(MergeKey, u64)>,
}

impl History {
    pub fn new() -> History {
        History::default()
    }

    /// Applies a user's edit to `plan` and records it; `now_ms` is a
    /// monotonic time in milliseconds. Returns true when the plan changed.
    /// A new edit clears the redo stack.
    pub fn apply(&mut self, plan: &mut Plan, action: Action, now_ms: u64) -> bool {
        let key = merge_key(&action);
        let Some(inverse) = plan.apply_reversible(action) else {
            return false;
        };
        self.redo.clear();
        let merges = match (key, self.open) {
            (Some(k), Some((open, at))) => {
                k == open && now_ms.saturating_sub(at) < MERGE_WINDOW_MS && !self.undo.is_empty()
            }
            _ => false,
        };
        // A merged edit keeps the step's first inverse: undo goes back to the
        // value before the typing began.
        if !merges {
            if self.undo.len() >= DEPTH {
                self.undo.pop_front();
            }
            self.undo.push_back(inverse);
        }
        self.open = key.map(|k| (k, now_ms));
        true
    }

    /// Ends the current typing step (for example when the field loses focus),
    /// so the next keystroke starts a new one.
    pub fn seal(&mut self) {
        self.open = None;
    }

    /// Undoes the last step. Returns true when the plan changed.
    pub fn undo(&mut self, plan: &mut Plan) -> bool {
        self.undo_scoped(plan).is_some()
    }

    /// Undoes the last step, and says what it changed (`None`: nothing).
    pub fn undo_scoped(&mut self, plan: &mut Plan) -> Option<Scope> {
        self.open = None;
        while let Some(inverse) = self.undo.pop_back() {
            let scope = inverse.scope();
            if let Some(redo) = plan.apply_reversible(inverse) {
                self.redo.push(redo);
                return Some(scope);
            }
            // A step whose edit was typed back to where it started: skip it.
        }
        None
    }

    /// Redoes the last undone step. Returns true when the plan changed.
    pub fn redo(&mut self, plan: &mut Plan) -> bool {
        self.redo_scoped(plan).is_some()
    }

    /// Redoes the last undone step, and says what it changed (`None`: nothing).
    pub fn redo_scoped(&mut self, plan: &mut Plan) -> Option<Scope> {
        self.open = None;
        while let Some(action) = self.redo.pop() {
            let scope = action.scope();
            if let Some(inverse) = plan.apply_reversible(action) {
                if self.undo.len() >= DEPTH {
                    self.undo.pop_front();
                }
                self.undo.push_back(inverse);
                return Some(scope);
            }
        }
        None
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// How many steps can be undone.
    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    /// Forgets every step (for example after a restore that is not an edit).
    pub fn clear(&mut self) {
        *self = History::default();
    }
}
