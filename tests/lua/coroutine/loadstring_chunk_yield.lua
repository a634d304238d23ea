-- a function made by loadstring is ordinary Lua code: its top level can yield
local f = loadstring("local a = coroutine.yield(1) local b = coroutine.yield(a + 1) return a + b")
local co = coroutine.create(f)
print(coroutine.resume(co))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 20))
print(coroutine.status(co))
-- varargs of the chunk come from the first resume
local g = loadstring("local x, y = ... coroutine.yield(x * y) return select('#', ...)")
local w = coroutine.wrap(g)
print(w(6, 7))
print(w())
-- called from inside a coroutine body rather than as the body
local h = loadstring("return coroutine.yield('from chunk')")
local co2 = coroutine.create(function() return "chunk said " .. h() end)
print(coroutine.resume(co2))
print(coroutine.resume(co2, "hello"))
