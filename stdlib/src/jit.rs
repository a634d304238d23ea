//! The `jit` table (LuaJIT's `lib_jit.c`), so scripts that tune the JIT
//! still run: Lunaris has no JIT, so `jit.on`, `jit.off`, `jit.flush` and
//! `jit.opt.start` check their arguments as LuaJIT does and change nothing,
//! and `jit.status()` reports the JIT as off.

use lunaris_vm::function::Function;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Value, Vm};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("flush", flush),
    ("off", off),
    ("on", on),
    ("status", status),
];

const OPT_FUNCTIONS: &[(&str, NativeFn)] = &[("start", opt_start)];

/// The optimization flags `jit.opt.start` knows (LuaJIT's `JIT_F_OPTSTRING`).
const OPT_FLAGS: &[&[u8]] = &[
    b"fold", b"cse", b"dce", b"fwd", b"dse", b"narrow", b"loop", b"abc", b"sink", b"fuse",
];

/// The parameters `jit.opt.start` accepts as `name=value` (LuaJIT's
/// `JIT_P_STRING`).
const OPT_PARAMS: &[&[u8]] = &[
    b"maxtrace",
    b"maxrecord",
    b"maxirconst",
    b"maxside",
    b"maxsnap",
    b"minstitch",
    b"hotloop",
    b"hotexit",
    b"tryside",
    b"instunroll",
    b"loopunroll",
    b"callunroll",
    b"recunroll",
    b"sizemcode",
    b"maxmcode",
];

/// Opens the `jit` library, and records it in `package.loaded` when the
/// package library is already open.
pub fn open(vm: &mut Vm) {
    let jit = crate::register_library(vm, "jit", FUNCTIONS);
    let opt = vm.new_table();
    if let Some(opt_table) = opt.as_table() {
        for &(name, func) in OPT_FUNCTIONS {
            let function = vm.native(func);
            vm.set_field(opt_table, name, function);
        }
    }
    vm.set_field(jit, "opt", opt);
    let version = vm.new_string(format!("Lunaris {}", env!("CARGO_PKG_VERSION")).as_bytes());
    vm.set_field(jit, "version", version);
    vm.set_field(jit, "version_num", Value::number(20100.0));
    let os = vm.new_string(os_name().as_bytes());
    vm.set_field(jit, "os", os);
    let arch = vm.new_string(arch_name().as_bytes());
    vm.set_field(jit, "arch", arch);

    let package = vm.get_global("package");
    let loaded = match package.as_table() {
        Some(package) => {
            let key = vm.new_string(b"loaded");
            vm.raw_get(package, key).as_table()
        }
        None => None,
    };
    if let Some(loaded) = loaded {
        vm.set_field(loaded, "jit", Value::table(jit));
        vm.set_field(loaded, "jit.opt", opt);
    }
}

/// `jit.os` as LuaJIT names the target OS.
fn os_name() -> &'static str {
    match std::env::consts::OS {
        "windows" => "Windows",
        "linux" | "android" => "Linux",
        "macos" | "ios" => "OSX",
        "freebsd" | "netbsd" | "openbsd" | "dragonfly" => "BSD",
        "solaris" | "illumos" => "POSIX",
        _ => "Other",
    }
}

/// `jit.arch` as LuaJIT names the target architecture.
fn arch_name() -> &'static str {
    match std::env::consts::ARCH {
        "x86_64" => "x64",
        "x86" => "x86",
        "aarch64" => "arm64",
        other => other,
    }
}

/// The argument check of LuaJIT's `setjitmode`: nothing or nil (the whole
/// engine), a Lua function, or `true` (the calling function), optionally
/// followed by a boolean. Anything else, native functions included, is
/// "function expected".
fn check_mode_target(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let target = ctx.arg(0);
    if target.is_nil() || target.as_boolean() == Some(true) {
        return ctx.ret0();
    }
    let is_lua_function = target
        .as_function()
        .is_some_and(|f| matches!(ctx.vm.heap.function(f), Function::Lua(_)));
    if is_lua_function {
        ctx.ret0()
    } else {
        Err(ctx.type_error(0, "function"))
    }
}

fn on(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    check_mode_target(ctx)
}

fn off(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    check_mode_target(ctx)
}

/// `jit.flush([trace number | target])`.
fn flush(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    if ctx.arg(0).as_number().is_some() {
        return ctx.ret0();
    }
    check_mode_target(ctx)
}

fn status(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.ret1(Value::boolean(false))
}

/// `jit.opt.start(...)`: every argument must be a level (`"0"`..`"9"`), a
/// flag (`fold`, `+fold`, `-fold`, `nofold`, `no-fold`) or a parameter
/// (`hotloop=56`); LuaJIT reads them as C strings, so a NUL ends them.
fn opt_start(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    for index in 0..ctx.n_args() {
        let bytes = ctx.check_bytes(index)?;
        let option = match bytes.iter().position(|&b| b == 0) {
            Some(end) => &bytes[..end],
            None => &bytes[..],
        };
        if !(is_opt_level(option) || is_opt_flag(option) || is_opt_param(option)) {
            let message = format!(
                "unknown or malformed optimization flag '{}'",
                String::from_utf8_lossy(option)
            );
            return Err(ctx.error(&message));
        }
    }
    ctx.ret0()
}

fn is_opt_level(option: &[u8]) -> bool {
    matches!(option, [digit] if digit.is_ascii_digit())
}

fn is_opt_flag(option: &[u8]) -> bool {
    let name = match option {
        [b'+' | b'-', rest @ ..] => rest,
        [b'n', b'o', b'-', rest @ ..] => rest,
        [b'n', b'o', rest @ ..] => rest,
        _ => option,
    };
    OPT_FLAGS.contains(&name)
}

fn is_opt_param(option: &[u8]) -> bool {
    OPT_PARAMS.iter().any(|param| {
        option.strip_prefix(*param).is_some_and(|rest| {
            rest.first() == Some(&b'=') && rest[1..].iter().all(u8::is_ascii_digit)
        })
    })
}
