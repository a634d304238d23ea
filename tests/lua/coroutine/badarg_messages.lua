-- bad arguments to the coroutine library, called from Lua code
local function try(f) print(pcall(f)) end
try(function() local r = coroutine.create(1) return r end)
try(function() local r = coroutine.create() return r end)
try(function() local r = coroutine.create("function") return r end)
try(function() local r = coroutine.resume(1) return r end)
try(function() local r = coroutine.resume() return r end)
try(function() local r = coroutine.resume(function() end) return r end)
try(function() local r = coroutine.wrap(nil) return r end)
try(function() local r = coroutine.wrap({}) return r end)
try(function() local r = coroutine.status({}) return r end)
try(function() local r = coroutine.status() return r end)
try(function() local r = coroutine.status(print) return r end)
