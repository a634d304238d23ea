//! The os library (LuaJIT's `lib_os.c`): time and dates, the environment,
//! files by name, commands and exit. Dates are formatted by `strftime.rs`
//! (glibc's formatter, C locale) over the civil-time and time-zone code of
//! `localtime.rs`. Only the C locale exists, so `os.setlocale` accepts
//! nothing else.

mod localtime;
mod strftime;

use std::ffi::OsString;
use std::io::Write;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use lunaris_vm::gc::TableRef;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Value, Vm};

use localtime::{CivilFields, Tm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("clock", clock),
    ("date", date),
    ("difftime", difftime),
    ("execute", execute),
    ("exit", exit),
    ("getenv", getenv),
    ("remove", remove),
    ("rename", rename),
    ("setlocale", setlocale),
    ("time", time),
    ("tmpname", tmpname),
];

/// When the first VM opened the library: `os.clock` counts from here when
/// the process's CPU time cannot be read.
static START: OnceLock<Instant> = OnceLock::new();

/// Opens the os library.
pub fn open(vm: &mut Vm) {
    START.get_or_init(Instant::now);
    crate::register_library(vm, "os", FUNCTIONS);
}

/// A double cast to C's `time_t` as x86-64 does: truncation, and the
/// "integer indefinite" `i64::MIN` for NaN and out-of-range values.
fn c_time(n: f64) -> i64 {
    // 2^63: the bounds of i64, exact in f64.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    if (-LIMIT..LIMIT).contains(&n) {
        n as i64
    } else {
        i64::MIN
    }
}

/// The bytes of a string up to its first NUL, as C sees them.
pub(crate) fn c_string(bytes: &[u8]) -> &[u8] {
    match bytes.iter().position(|&b| b == 0) {
        Some(end) => &bytes[..end],
        None => bytes,
    }
}

/// Bytes as a file name or command argument.
#[cfg(unix)]
pub(crate) fn os_string(bytes: &[u8]) -> OsString {
    <std::ffi::OsStr as std::os::unix::ffi::OsStrExt>::from_bytes(bytes).to_owned()
}

#[cfg(not(unix))]
pub(crate) fn os_string(bytes: &[u8]) -> OsString {
    String::from_utf8_lossy(bytes).into_owned().into()
}

#[cfg(unix)]
fn os_bytes(text: OsString) -> Vec<u8> {
    std::os::unix::ffi::OsStringExt::into_vec(text)
}

#[cfg(not(unix))]
fn os_bytes(text: OsString) -> Vec<u8> {
    text.to_string_lossy().into_owned().into_bytes()
}

/// The current time as C's `time(NULL)`.
fn now() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(elapsed) => elapsed.as_secs() as i64,
        Err(before) => -(before.duration().as_secs_f64().ceil() as i64),
    }
}

/// `os.clock()`: the process's CPU time (user plus system, from
/// `/proc/self/stat` in clock ticks of 1/100 s), or the time since the
/// library was opened where `/proc` is missing.
fn clock(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let seconds =
        cpu_seconds().unwrap_or_else(|| START.get_or_init(Instant::now).elapsed().as_secs_f64());
    ctx.ret1(Value::number(seconds))
}

fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name may hold spaces and parentheses: fields are
    // counted after its closing parenthesis, starting at field 3.
    let fields: Vec<&str> = stat[stat.rfind(')')? + 1..].split_whitespace().collect();
    let user_ticks: f64 = fields.get(11)?.parse().ok()?;
    let system_ticks: f64 = fields.get(12)?.parse().ok()?;
    Some((user_ticks + system_ticks) / 100.0)
}

/// `os.time([table])`.
fn time(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    if ctx.arg(0).is_nil() {
        return ctx.ret1(Value::number(now() as f64));
    }
    let table = ctx.check_table(0)?;
    let fields = CivilFields {
        sec: date_field(ctx, table, "sec", Some(0))?,
        min: date_field(ctx, table, "min", Some(0))?,
        hour: date_field(ctx, table, "hour", Some(12))?,
        mday: date_field(ctx, table, "day", None)?,
        mon: date_field(ctx, table, "month", None)?.wrapping_sub(1),
        year: date_field(ctx, table, "year", None)?.wrapping_sub(1900),
        isdst: {
            let key = ctx.string(b"isdst");
            match ctx.vm.raw_get(table, key) {
                value if value.is_nil() => -1,
                value => i32::from(value.is_truthy()),
            }
        },
    };
    // C's mktime reports failure as -1, so LuaJIT cannot tell that
    // instant from an error either.
    match localtime::mktime(&fields) {
        Some(t) if t != -1 => ctx.ret1(Value::number(t as f64)),
        _ => ctx.ret1(Value::NIL),
    }
}

/// A field of a date table as a C int (numbers and numeric strings,
/// truncated and wrapped as `(int)lua_tointeger`); `default` when absent.
fn date_field(
    ctx: &mut Ctx<'_>,
    table: TableRef,
    name: &str,
    default: Option<i32>,
) -> Result<i32, LuaError> {
    let key = ctx.string(name.as_bytes());
    let value = ctx.vm.raw_get(table, key);
    match (ctx.vm.to_number(value), default) {
        (Some(n), _) => Ok(c_time(n) as i32),
        (None, Some(default)) => Ok(default),
        (None, None) => Err(ctx.error(&format!("field '{name}' missing in date table"))),
    }
}

/// `os.date([format [, time]])`: `!` first means UTC, `*t` gives a table,
/// anything else goes through `strftime`.
fn date(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let format = match ctx.opt_string(0)? {
        Some(_) => ctx.check_bytes(0)?,
        None => b"%c".to_vec(),
    };
    let t = if ctx.arg(1).is_nil() {
        now()
    } else {
        c_time(ctx.check_number(1)?)
    };
    let format = c_string(&format);
    let (format, tm) = match format.strip_prefix(b"!") {
        Some(rest) => (rest, localtime::gmtime(t)),
        None => (format, localtime::localtime(t)),
    };
    let Some(tm) = tm else {
        return ctx.ret1(Value::NIL);
    };
    if format == b"*t" {
        let table = date_table(ctx, &tm);
        return ctx.ret1(table);
    }
    if format.is_empty() {
        let empty = ctx.string(b"");
        return ctx.ret1(empty);
    }
    match strftime::strftime(format, &tm, date_buffer_size(format)) {
        Some(text) if !text.is_empty() => {
            let text = ctx.string(&text);
            ctx.ret1(text)
        }
        // LuaJIT gives up without pushing a result, so the function
        // returns whatever was on top of its frame: its last argument.
        _ => {
            let top = ctx.arg(ctx.n_args().saturating_sub(1));
            ctx.ret1(top)
        }
    }
}

/// The largest buffer LuaJIT lets `strftime` fill: 30 bytes per `%`
/// and one per other byte, grown three times by `sz += sz|1`, rounded up
/// to its string buffer's power-of-two size (at least 32).
fn date_buffer_size(format: &[u8]) -> usize {
    let mut size: u32 = format
        .iter()
        .map(|&b| if b == b'%' { 30u32 } else { 1 })
        .fold(0, u32::wrapping_add);
    for _ in 0..3 {
        size = size.wrapping_add(size | 1);
    }
    (size as usize).max(32).next_power_of_two()
}

fn date_table(ctx: &mut Ctx<'_>, tm: &Tm) -> Value {
    let table = ctx.vm.new_table();
    let Some(table_ref) = table.as_table() else {
        return table;
    };
    let fields = [
        ("sec", tm.sec),
        ("min", tm.min),
        ("hour", tm.hour),
        ("day", tm.mday),
        ("month", tm.mon + 1),
        ("year", tm.year.wrapping_add(1900)),
        ("wday", tm.wday + 1),
        ("yday", tm.yday + 1),
    ];
    for (name, value) in fields {
        ctx.vm
            .set_field(table_ref, name, Value::number(f64::from(value)));
    }
    ctx.vm
        .set_field(table_ref, "isdst", Value::boolean(tm.isdst));
    table
}

/// `os.difftime(t2 [, t1])`: both are cast to `time_t` first.
fn difftime(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let later = c_time(ctx.check_number(0)?);
    let earlier = c_time(ctx.opt_number(1, 0.0)?);
    ctx.ret1(Value::number(later as f64 - earlier as f64))
}

fn getenv(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let name = ctx.check_bytes(0)?;
    let name = c_string(&name);
    if name.is_empty() || name.contains(&b'=') {
        return ctx.ret1(Value::NIL);
    }
    match std::env::var_os(os_string(name)) {
        Some(value) => {
            let value = ctx.string(&os_bytes(value));
            ctx.ret1(value)
        }
        None => ctx.ret1(Value::NIL),
    }
}

/// `os.remove(name)`: C's `remove`, which removes empty directories too.
fn remove(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    const EISDIR: i32 = 21;
    let name = ctx.check_bytes(0)?;
    let name = c_string(&name);
    let path = os_string(name);
    let result = match std::fs::remove_file(&path) {
        Err(err) if err.raw_os_error() == Some(EISDIR) => std::fs::remove_dir(&path),
        other => other,
    };
    crate::file_result(ctx, result, Some(name))
}

fn rename(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let from = ctx.check_bytes(0)?;
    let to = ctx.check_bytes(1)?;
    let from = c_string(&from);
    let result = std::fs::rename(os_string(from), os_string(c_string(&to)));
    crate::file_result(ctx, result, Some(from))
}

/// `os.tmpname()`: creates an empty file `/tmp/lua_XXXXXX` (as LuaJIT's
/// `mkstemp` does) and returns its name.
fn tmpname(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    use std::hash::{BuildHasher, Hasher};
    const LETTERS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let state = std::collections::hash_map::RandomState::new();
    for attempt in 0..100u32 {
        let mut hasher = state.build_hasher();
        hasher.write_u32(attempt);
        hasher.write_u128(
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default()
                .as_nanos(),
        );
        let mut bits = hasher.finish();
        let mut name = b"/tmp/lua_".to_vec();
        for _ in 0..6 {
            name.push(LETTERS[(bits % LETTERS.len() as u64) as usize]);
            bits /= LETTERS.len() as u64;
        }
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(os_string(&name)) {
            Ok(_) => {
                let name = ctx.string(&name);
                return ctx.ret1(name);
            }
            Err(err) if err.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(_) => break,
        }
    }
    Err(ctx.error("unable to generate a unique filename"))
}

/// `os.execute([command])`: C's `system` through `/bin/sh -c`. LuaJIT 2.1
/// without 5.2 compatibility returns the raw wait status (exit code times
/// 256, or the signal number); without a command, 1 if a shell runs.
fn execute(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let command = match ctx.opt_string(0)? {
        Some(_) => Some(ctx.check_bytes(0)?),
        None => None,
    };
    // Our own buffered output goes first, as it was printed first.
    let _ = std::io::stdout().flush();
    let status = match &command {
        None => i32::from(run_shell(b"exit 0") == Some(0)),
        Some(command) => run_shell(c_string(command)).unwrap_or(-1),
    };
    ctx.ret1(Value::number(f64::from(status)))
}

/// Runs `/bin/sh -c command`; the wait status, `None` if no shell started.
fn run_shell(command: &[u8]) -> Option<i32> {
    let status = std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(os_string(command))
        .status()
        .ok()?;
    #[cfg(unix)]
    {
        Some(std::os::unix::process::ExitStatusExt::into_raw(status))
    }
    #[cfg(not(unix))]
    {
        status.code().map(|code| code << 8)
    }
}

/// `os.exit([status])`: `true` is success, `false` failure, a number the
/// exit code. Standard output and error are flushed first, as C's `exit`
/// flushes its streams.
fn exit(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let status = match ctx.arg(0).as_boolean() {
        Some(success) => i32::from(!success),
        None => ctx.opt_integer(0, 0)? as i32,
    };
    let _ = std::io::stdout().flush();
    let _ = std::io::stderr().flush();
    std::process::exit(status)
}

/// `os.setlocale([locale [, category]])`: only the C locale exists, so a
/// query, `"C"`, `"POSIX"` and `""` give `"C"` and anything else fails.
fn setlocale(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    /// LuaJIT's category names (the `\xff` entry stands for LC_MESSAGES,
    /// which no Lua-visible name reaches).
    const CATEGORIES: &[&[u8]] = &[
        b"ctype",
        b"numeric",
        b"time",
        b"collate",
        b"monetary",
        b"\xff",
        b"all",
    ];
    let locale = match ctx.opt_string(0)? {
        Some(_) => Some(ctx.check_bytes(0)?),
        None => None,
    };
    if !ctx.arg(1).is_nil() {
        let category = ctx.check_bytes(1)?;
        if !CATEGORIES.contains(&category.as_slice()) {
            let message = format!(
                "invalid option '{}'",
                String::from_utf8_lossy(c_string(&category))
            );
            return Err(ctx.arg_error(1, &message));
        }
    }
    let result = match locale.as_deref().map(c_string) {
        None | Some(b"C" | b"POSIX" | b"") => ctx.string(b"C"),
        Some(_) => Value::NIL,
    };
    ctx.ret1(result)
}
