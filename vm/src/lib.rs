//! lunaris-vm: the data model and execution engine of Lunaris.
//!
//! A tour: a `Value` is a small `Copy` tag-and-payload; strings, tables,
//! functions, upvalues and userdata live in the `gc::Heap`, in typed
//! arenas addressed by handles (`StringRef`, `TableRef`, ...), and are
//! freed by a precise mark-sweep collector whose roots are the thread's
//! stack, the globals, the registry and the open upvalues. A `Vm` owns the
//! heap and the running thread (`thread::ThreadState`: value stack, call
//! frames, open upvalues). `Vm::load` turns a compiler `ProtoBlueprint`
//! into a closure; `Vm::call` runs it through `interp`, whose loop never
//! recurses on the Rust stack: Lua calls, metamethods and natives that call
//! back into Lua (`native::Outcome::Call`) all become frames.
//!
//! - `bytecode`: the instruction set (`isa.rs`, the single opcode table),
//!   `ProtoBlueprint` (what the compiler produces) and listings.
//! - `number`: number parsing and `%.14g` formatting.
//! - `value`, `string`, `table`, `function`, `userdata`: the object model.
//! - `gc`: arenas, allocation accounting, the collector.
//! - `state`: `Vm`, the embedding API. `thread`: frames and stacks.
//! - `interp`: the driver and dispatch loops, calls and returns, arithmetic.
//! - `meta`: metamethod lookup and operator fallbacks.
//! - `native`: the interface of Rust functions and argument checks.
//! - `debug`: chunk names, variable names, error positions, tracebacks.
//! - `error`: `LuaError` and the runtime message texts.
//!
//! This crate knows nothing of the compiler, the standard library, the
//! OpenResty runtime or any I/O.

pub mod bytecode;
pub mod debug;
pub mod error;
pub mod function;
pub mod gc;
pub mod host;
pub mod interp;
pub mod meta;
pub mod native;
pub mod number;
pub mod state;
pub mod string;
pub mod table;
pub mod thread;
pub mod userdata;
pub mod value;

pub use error::{LuaError, RuntimeError};
pub use native::{Completion, Ctx, NativeFn, Outcome};
pub use state::Vm;
pub use thread::{Protect, Status};
pub use value::{Type, Value};
