//! Anchors: values the scheduler holds in Rust between resumes (zombie
//! results, timer callbacks and their arguments, `ngx.ctx` tables, the
//! thread objects of records) kept reachable for the collector through one
//! table in the registry. Knows nothing of what the values mean.

use lunaris_vm::gc::{TableRef, ThreadRef};
use lunaris_vm::{Value, Vm};

/// The registry field holding the anchor table.
const ANCHORS_KEY: &str = "lunaris.runtime.anchors";

/// A handle to a list of anchored values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct AnchorKey(u64);

/// The anchor table and the next free key.
pub(crate) struct Anchors {
    table: TableRef,
    next: u64,
}

impl Anchors {
    /// Creates the anchor table in the registry of `vm`.
    pub(crate) fn new(vm: &mut Vm) -> Anchors {
        let table = vm.new_table();
        let registry = vm.registry();
        vm.set_field(registry, ANCHORS_KEY, table);
        Anchors {
            table: table.as_table().expect("a new table"),
            next: 1,
        }
    }

    /// Keeps `values` reachable until `release`.
    pub(crate) fn hold(&mut self, vm: &mut Vm, values: &[Value]) -> AnchorKey {
        let key = AnchorKey(self.next);
        self.next += 1;
        let list = vm.new_table();
        let list_ref = list.as_table().expect("a new table");
        let count = Value::number(values.len() as f64);
        let _ = vm.raw_set(list_ref, Value::number(0.0), count);
        for (index, &value) in values.iter().enumerate() {
            let _ = vm.raw_set(list_ref, Value::number(index as f64 + 1.0), value);
        }
        let _ = vm.raw_set(self.table, Value::number(key.0 as f64), list);
        key
    }

    /// The values held under `key`.
    pub(crate) fn get(&self, vm: &Vm, key: AnchorKey) -> Vec<Value> {
        let Some(list) = vm
            .raw_get(self.table, Value::number(key.0 as f64))
            .as_table()
        else {
            return Vec::new();
        };
        let count = vm
            .raw_get(list, Value::number(0.0))
            .as_number()
            .unwrap_or(0.0) as usize;
        (1..=count)
            .map(|index| vm.raw_get(list, Value::number(index as f64)))
            .collect()
    }

    /// Drops the values held under `key` and returns them.
    pub(crate) fn release(&mut self, vm: &mut Vm, key: AnchorKey) -> Vec<Value> {
        let values = self.get(vm, key);
        let _ = vm.raw_set(self.table, Value::number(key.0 as f64), Value::NIL);
        values
    }

    /// Keeps a thread object reachable (`keep`) or lets it go.
    pub(crate) fn pin_thread(&mut self, vm: &mut Vm, thread: ThreadRef, keep: bool) {
        let value = if keep {
            Value::boolean(true)
        } else {
            Value::NIL
        };
        let _ = vm.raw_set(self.table, Value::thread(thread), value);
    }
}
