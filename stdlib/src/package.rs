//! The package library (LuaJIT's `lib_package.c`): `require`, `module`,
//! and `package.path`, `cpath`, `config`, `loaded`, `preload`, `loaders`,
//! `searchpath`, `seeall`, `loadlib`.
//!
//! `require` and `module` call Lua (loaders, the loaded chunk, `module`'s
//! options) through continuations, so a module's top level can yield like
//! any other Lua code. There are no C modules: a library found on `cpath`
//! is reported as not loadable, as a Lua built without `dlopen` reports it.
//!
//! The functions keep the `package` table and the loading sentinel as
//! upvalues, so replacing the global `package` does not break `require`.

use lunaris_vm::gc::TableRef;
use lunaris_vm::native::Completion;
use lunaris_vm::userdata::Userdata;
use lunaris_vm::{Ctx, LuaError, NativeFn, Outcome, Protect, Type, Value, Vm};

/// LuaJIT's defaults on Debian, so `module 'x' not found` lists the same files.
const DEFAULT_PATH: &str =
    "./?.lua;/usr/share/luajit-2.1.0-beta3/?.lua;/usr/local/share/lua/5.1/?.lua;\
/usr/local/share/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua";
const DEFAULT_CPATH: &str =
    "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;/usr/local/lib/lua/5.1/loadall.so";
/// Directory separator, path separator, name mark, executable-directory
/// mark and the mark for ignored name prefixes, one per line.
const CONFIG: &str = "/\n;\n?\n!\n-\n";
/// Lua 5.1's message when dynamic libraries are not available.
const NO_DYNAMIC_LIBRARIES: &str = "dynamic libraries not enabled; check your Lua installation";

/// Upvalue slots of the library's functions.
const PACKAGE: usize = 0;
const SENTINEL: usize = 1;

const PACKAGE_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("loadlib", loadlib),
    ("searchpath", searchpath),
    ("seeall", seeall),
];
const GLOBAL_FUNCTIONS: &[(&str, NativeFn)] = &[("module", module), ("require", require)];
const LOADERS: &[NativeFn] = &[load_preload, load_lua, load_c, load_c_root];

/// The libraries `package.loaded` lists when they are open.
const STANDARD_LIBRARIES: &[&str] = &[
    "string",
    "table",
    "math",
    "coroutine",
    "os",
    "io",
    "bit",
    "jit",
    "debug",
];

/// Opens the package library; call it after the other libraries so that
/// `package.loaded` lists them.
pub fn open(vm: &mut Vm) {
    let package = crate::register_library(vm, "package", &[]);
    let sentinel = Value::userdata(vm.heap.alloc_userdata(Userdata {
        metatable: None,
        env: None,
        data: Box::new(()),
    }));
    let upvalues = vec![Value::table(package), sentinel];
    for &(name, function) in PACKAGE_FUNCTIONS {
        let function = vm.native_with_upvalues(function, upvalues.clone());
        vm.set_field(package, name, function);
    }
    for &(name, function) in GLOBAL_FUNCTIONS {
        let function = vm.native_with_upvalues(function, upvalues.clone());
        vm.set_global(name, function);
    }
    let loaders = vm.new_table();
    let loaders_ref = loaders.as_table().expect("a new table");
    for (index, &loader) in LOADERS.iter().enumerate() {
        let loader = vm.native_with_upvalues(loader, upvalues.clone());
        let _ = vm.raw_set(loaders_ref, Value::number(index as f64 + 1.0), loader);
    }
    vm.set_field(package, "loaders", loaders);
    let path = search_path_setting(vm, &["LUA_PATH_5_1", "LUA_PATH"], DEFAULT_PATH);
    vm.set_field(package, "path", path);
    let cpath = search_path_setting(vm, &["LUA_CPATH_5_1", "LUA_CPATH"], DEFAULT_CPATH);
    vm.set_field(package, "cpath", cpath);
    let config = vm.new_string(CONFIG.as_bytes());
    vm.set_field(package, "config", config);
    let preload = registry_table(vm, "_PRELOAD");
    vm.set_field(package, "preload", Value::table(preload));
    let loaded = loaded_table(vm);
    vm.set_field(package, "loaded", Value::table(loaded));
    let globals = vm.globals();
    vm.set_field(loaded, "_G", Value::table(globals));
    for name in STANDARD_LIBRARIES.iter().chain(["package"].iter()) {
        let library = vm.get_global(name);
        if library.as_table().is_some() {
            vm.set_field(loaded, name, library);
        }
    }
}

/// `package.path` from the environment, `;;` standing for the default.
fn search_path_setting(vm: &mut Vm, variables: &[&str], default: &str) -> Value {
    let configured = variables.iter().find_map(|name| std::env::var(name).ok());
    let path = match configured {
        Some(path) => path.replace(";;", &format!(";{default};")),
        None => default.to_string(),
    };
    vm.new_string(path.as_bytes())
}

/// Registers `loader` as `package.preload[name]`, so `require` finds a
/// built-in module such as `table.new`. Libraries may call it before or
/// after `open`: the preload table is the registry's `_PRELOAD`, as in
/// LuaJIT (`lj_lib_prereg`).
pub(crate) fn preload(vm: &mut Vm, name: &str, loader: Value) {
    let preload = registry_table(vm, "_PRELOAD");
    vm.set_field(preload, name, loader);
}

/// The registry's `_LOADED` table, created on first use.
fn loaded_table(vm: &mut Vm) -> TableRef {
    registry_table(vm, "_LOADED")
}

/// The registry table under `name`, created on first use.
fn registry_table(vm: &mut Vm, name: &str) -> TableRef {
    let registry = vm.registry();
    let key = vm.new_string(name.as_bytes());
    if let Some(table) = vm.raw_get(registry, key).as_table() {
        return table;
    }
    let table = vm.new_table();
    let _ = vm.raw_set(registry, key, table);
    table.as_table().expect("a new table")
}

fn package_table(ctx: &Ctx<'_>) -> TableRef {
    ctx.upvalue(PACKAGE)
        .as_table()
        .expect("the package table upvalue")
}

/// A field of the package table (read raw, as LuaJIT does).
fn package_field(ctx: &mut Ctx<'_>, name: &str) -> Value {
    let package = package_table(ctx);
    let key = ctx.string(name.as_bytes());
    ctx.vm.raw_get(package, key)
}

/// Frame slots of `require` while it runs: the name, the index of the next
/// loader, the messages of loaders that failed, then the call.
const NAME: usize = 0;
const NEXT_LOADER: usize = 1;
const MESSAGES: usize = 2;
const CALL: usize = 3;

fn require(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    ctx.check_string(NAME)?;
    let name = ctx.arg(NAME);
    let loaded = loaded_table(ctx.vm);
    let module = ctx.vm.raw_get(loaded, name);
    if module.is_truthy() {
        if module == ctx.upvalue(SENTINEL) {
            let message = module_message(ctx, "loop or previous error loading module '", name, "'");
            return Err(ctx.vm.located_error(&message, 1));
        }
        return ctx.ret1(module);
    }
    if package_field(ctx, "loaders").as_table().is_none() {
        return Err(ctx.error("'package.loaders' must be a table"));
    }
    ctx.set_len(NAME + 1);
    ctx.push(Value::number(1.0));
    let empty = ctx.string(b"");
    ctx.push(empty);
    try_next_loader(ctx)
}

/// Calls loader number `NEXT_LOADER` with the module name.
fn try_next_loader(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let loaders = package_field(ctx, "loaders")
        .as_table()
        .ok_or_else(|| ctx.error("'package.loaders' must be a table"))?;
    let loader = ctx.vm.raw_get(loaders, ctx.get(NEXT_LOADER));
    let name = ctx.get(NAME);
    if loader.is_nil() {
        let mut message = module_message(ctx, "module '", name, "' not found:");
        message.extend(ctx.vm.to_bytes(ctx.get(MESSAGES)).unwrap_or_default());
        return Err(ctx.vm.located_error(&message, 1));
    }
    ctx.set_len(CALL);
    ctx.push(loader);
    ctx.push(name);
    Ok(Outcome::Call {
        func: CALL,
        cont: loader_returned,
        protect: Protect::None,
    })
}

fn loader_returned(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let result = if ctx.len() > CALL {
        ctx.get(CALL)
    } else {
        Value::NIL
    };
    if result.type_of() == Type::Function {
        let loaded = loaded_table(ctx.vm);
        let sentinel = ctx.upvalue(SENTINEL);
        let _ = ctx.vm.raw_set(loaded, ctx.get(NAME), sentinel);
        let name = ctx.get(NAME);
        ctx.set_len(CALL);
        ctx.push(result);
        ctx.push(name);
        return Ok(Outcome::Call {
            func: CALL,
            cont: module_returned,
            protect: Protect::None,
        });
    }
    // Like LuaJIT's lua_isstring: numbers count as messages too.
    if let Some(text) = ctx
        .vm
        .to_bytes(result)
        .filter(|_| matches!(result.type_of(), Type::String | Type::Number))
    {
        let mut messages = ctx.vm.to_bytes(ctx.get(MESSAGES)).unwrap_or_default();
        messages.extend_from_slice(&text);
        let messages = ctx.string(&messages);
        ctx.set(MESSAGES, messages);
    }
    let next = ctx.vm.to_number(ctx.get(NEXT_LOADER)).unwrap_or(0.0) + 1.0;
    ctx.set(NEXT_LOADER, Value::number(next));
    try_next_loader(ctx)
}

/// The loaded chunk returned: its first result, or `true`, becomes the
/// module unless the chunk stored something in `package.loaded` itself.
fn module_returned(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    let loaded = loaded_table(ctx.vm);
    let name = ctx.get(NAME);
    if ctx.len() > CALL && !ctx.get(CALL).is_nil() {
        let _ = ctx.vm.raw_set(loaded, name, ctx.get(CALL));
    }
    let mut module = ctx.vm.raw_get(loaded, name);
    if module == ctx.upvalue(SENTINEL) {
        module = Value::boolean(true);
        let _ = ctx.vm.raw_set(loaded, name, module);
    }
    ctx.ret1(module)
}

/// `prefix name suffix` with the name's bytes.
fn module_message(ctx: &Ctx<'_>, prefix: &str, name: Value, suffix: &str) -> Vec<u8> {
    let mut message = prefix.as_bytes().to_vec();
    message.extend(ctx.vm.to_bytes(name).unwrap_or_default());
    message.extend_from_slice(suffix.as_bytes());
    message
}

fn load_preload(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let name = ctx.check_bytes(0)?;
    let Some(preload) = package_field(ctx, "preload").as_table() else {
        return Err(ctx.error("'package.preload' must be a table"));
    };
    let loader = ctx.vm.raw_get(preload, ctx.arg(0));
    if !loader.is_nil() {
        return ctx.ret1(loader);
    }
    let mut message = b"\n\tno field package.preload['".to_vec();
    message.extend_from_slice(&name);
    message.extend_from_slice(b"']");
    let message = ctx.string(&message);
    ctx.ret1(message)
}

/// Finds `name` (dots turned into directory separators) along `path`;
/// returns the file, or the `no file '...'` lines for every candidate.
fn search(
    name: &[u8],
    path: &[u8],
    separator: &[u8],
    replacement: &[u8],
) -> Result<Vec<u8>, Vec<u8>> {
    let name = replace_all(name, separator, replacement);
    let mut tried = Vec::new();
    for template in path
        .split(|&b| b == b';')
        .filter(|template| !template.is_empty())
    {
        let candidate = replace_all(template, b"?", &name);
        if std::fs::File::open(crate::base::path_from_bytes(&candidate)).is_ok() {
            return Ok(candidate);
        }
        tried.extend_from_slice(b"\n\tno file '");
        tried.extend_from_slice(&candidate);
        tried.push(b'\'');
    }
    Err(tried)
}

fn replace_all(text: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    if from.is_empty() {
        return text.to_vec();
    }
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.windows(from.len()).position(|window| window == from) {
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(to);
        rest = &rest[at + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

/// Looks `name` up along the search path in `package.<field>`.
fn search_field(
    ctx: &mut Ctx<'_>,
    name: &[u8],
    field: &str,
) -> Result<Result<Vec<u8>, Vec<u8>>, LuaError> {
    let path = package_field(ctx, field);
    match ctx
        .vm
        .to_bytes(path)
        .filter(|_| path.type_of() == Type::String)
    {
        Some(path) => Ok(search(name, &path, b".", b"/")),
        None => Err(ctx.error(&format!("'package.{field}' must be a string"))),
    }
}

fn load_lua(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let name = ctx.check_bytes(0)?;
    let file = match search_field(ctx, &name, "path")? {
        Ok(file) => file,
        Err(tried) => {
            let tried = ctx.string(&tried);
            return ctx.ret1(tried);
        }
    };
    let compiled = match crate::base::read_chunk(Some(&file)) {
        Ok((chunk_name, source)) => crate::base::compile(ctx, &source, &chunk_name, None),
        Err(message) => Err(ctx.string(message.as_bytes())),
    };
    match compiled {
        Ok(function) => ctx.ret1(function),
        Err(message) => {
            let reason = ctx.vm.to_bytes(message).unwrap_or_default();
            Err(loading_error(ctx, &name, &file, &reason))
        }
    }
}

/// `error loading module 'name' from file 'file':\n\treason`.
fn loading_error(ctx: &mut Ctx<'_>, name: &[u8], file: &[u8], reason: &[u8]) -> LuaError {
    let mut message = b"error loading module '".to_vec();
    message.extend_from_slice(name);
    message.extend_from_slice(b"' from file '");
    message.extend_from_slice(file);
    message.extend_from_slice(b"':\n\t");
    message.extend_from_slice(reason);
    ctx.vm.located_error(&message, 1)
}

fn load_c(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let name = ctx.check_bytes(0)?;
    load_c_library(ctx, &name, &name)
}

/// The all-in-one loader: `a.b.c` looked up as the C library `a`.
fn load_c_root(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let name = ctx.check_bytes(0)?;
    match name.iter().position(|&b| b == b'.') {
        Some(dot) => load_c_library(ctx, &name, &name[..dot]),
        None => ctx.ret0(),
    }
}

/// Looks for the C library `file_name` on `package.cpath` on behalf of
/// module `name`: a found library cannot be loaded, a missing one gives
/// the `no file` lines.
fn load_c_library(ctx: &mut Ctx<'_>, name: &[u8], file_name: &[u8]) -> Result<Outcome, LuaError> {
    match search_field(ctx, file_name, "cpath")? {
        Ok(file) => Err(loading_error(
            ctx,
            name,
            &file,
            NO_DYNAMIC_LIBRARIES.as_bytes(),
        )),
        Err(tried) => {
            let tried = ctx.string(&tried);
            ctx.ret1(tried)
        }
    }
}

/// `package.searchpath(name, path [, sep [, rep]])`.
fn searchpath(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    // LuaJIT's C code evaluates these checks right to left.
    let replacement = if ctx.arg(3).is_nil() {
        b"/".to_vec()
    } else {
        ctx.check_bytes(3)?
    };
    let separator = if ctx.arg(2).is_nil() {
        b".".to_vec()
    } else {
        ctx.check_bytes(2)?
    };
    let path = ctx.check_bytes(1)?;
    let name = ctx.check_bytes(0)?;
    match search(&name, &path, &separator, &replacement) {
        Ok(file) => {
            let file = ctx.string(&file);
            ctx.ret1(file)
        }
        Err(tried) => {
            let tried = ctx.string(&tried);
            ctx.push(Value::NIL);
            ctx.push(tried);
            Ok(Outcome::Return(2))
        }
    }
}

/// `package.loadlib`: there are no C libraries to load. A missing file
/// fails as `dlopen` words it; any other gets Lua's "not enabled" message.
fn loadlib(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let path = ctx.check_bytes(0)?;
    ctx.check_bytes(1)?;
    let message = match std::fs::File::open(crate::base::path_from_bytes(&path)) {
        Err(error) => {
            let mut message = path.clone();
            message.extend_from_slice(b": cannot open shared object file: ");
            message.extend_from_slice(crate::strerror(&error).as_bytes());
            message
        }
        Ok(_) => NO_DYNAMIC_LIBRARIES.as_bytes().to_vec(),
    };
    let message = ctx.string(&message);
    let kind = ctx.string(b"open");
    ctx.push(Value::NIL);
    ctx.push(message);
    ctx.push(kind);
    Ok(Outcome::Return(3))
}

/// `package.seeall(module)`: globals show through the module table.
fn seeall(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let module = ctx.check_table(0)?;
    let metatable = match ctx.vm.heap.table(module).metatable {
        Some(metatable) => metatable,
        None => {
            let metatable = ctx.vm.new_table().as_table().expect("a new table");
            ctx.vm.heap.table_mut(module).metatable = Some(metatable);
            metatable
        }
    };
    let globals = Value::table(ctx.vm.globals());
    ctx.vm.set_field(metatable, "__index", globals);
    ctx.ret0()
}

/// `module(name, ...)`: finds or creates the module table, makes it the
/// environment of the calling function, then calls each option with it.
fn module(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let name = ctx.check_bytes(0)?;
    let loaded = loaded_table(ctx.vm);
    let module = match ctx.vm.raw_get(loaded, ctx.arg(0)).as_table() {
        Some(module) => module,
        None => {
            let Some(module) = find_or_create_global(ctx.vm, &name) else {
                let message = module_message(ctx, "name conflict for module '", ctx.arg(0), "'");
                return Err(ctx.vm.located_error(&message, 1));
            };
            let _ = ctx.vm.raw_set(loaded, ctx.arg(0), Value::table(module));
            module
        }
    };
    let name_key = ctx.string(b"_NAME");
    if ctx.vm.raw_get(module, name_key).is_nil() {
        ctx.vm.set_field(module, "_M", Value::table(module));
        ctx.vm.set_field(module, "_NAME", ctx.arg(0));
        let package_end = name
            .iter()
            .rposition(|&b| b == b'.')
            .map_or(0, |dot| dot + 1);
        let package_name = ctx.string(&name[..package_end]);
        ctx.vm.set_field(module, "_PACKAGE", package_name);
    }
    let caller = ctx.vm.function_at_level(1);
    match caller.map(|caller| ctx.vm.heap.function_mut(caller)) {
        Some(lunaris_vm::function::Function::Lua(closure)) => closure.env = module,
        _ => return Err(ctx.error("'module' not called from a Lua function")),
    }
    // Slots: name, the options, then the module table and each call.
    ctx.push(Value::table(module));
    ctx.push(Value::number(1.0));
    apply_next_option(ctx)
}

/// Calls option number `ctx.get(len - 1)` of `module` with the module table.
fn apply_next_option(ctx: &mut Ctx<'_>) -> Result<Outcome, LuaError> {
    let options = ctx.n_args();
    let next = ctx.vm.to_number(ctx.get(options + 1)).unwrap_or(1.0) as usize;
    if next >= options {
        return ctx.ret0();
    }
    let module = ctx.get(options);
    let option = ctx.get(next);
    ctx.set(options + 1, Value::number(next as f64 + 1.0));
    ctx.set_len(options + 2);
    ctx.push(option);
    ctx.push(module);
    Ok(Outcome::Call {
        func: options + 2,
        cont: option_applied,
        protect: Protect::None,
    })
}

fn option_applied(ctx: &mut Ctx<'_>, _: Completion) -> Result<Outcome, LuaError> {
    apply_next_option(ctx)
}

/// `luaL_findtable` on the globals: walks `a.b.c`, creating missing
/// tables; None when a non-table is in the way.
fn find_or_create_global(vm: &mut Vm, dotted: &[u8]) -> Option<TableRef> {
    let mut table = vm.globals();
    for part in dotted.split(|&b| b == b'.') {
        let key = vm.new_string(part);
        let value = vm.raw_get(table, key);
        table = if value.is_nil() {
            let created = vm.new_table();
            let _ = vm.raw_set(table, key, created);
            created.as_table()?
        } else {
            value.as_table()?
        };
    }
    Some(table)
}
