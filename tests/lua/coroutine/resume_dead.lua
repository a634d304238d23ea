-- resuming a dead coroutine: false plus LuaJIT's message, any number of times
local co = coroutine.create(function() return "once" end)
print(coroutine.resume(co))
print(coroutine.resume(co))
print(coroutine.resume(co, 1, 2, 3))
print(coroutine.status(co))
local errco = coroutine.create(function() error("first") end)
local ok, msg = coroutine.resume(errco)
print(ok, msg)
print(coroutine.resume(errco))
-- from inside another coroutine
local outer = coroutine.create(function()
  local r = {coroutine.resume(co)}
  return r[1], r[2]
end)
print(coroutine.resume(outer))
-- through wrap
local w = coroutine.wrap(function() end)
w()
print(pcall(w))
print(pcall(function() local x = w() return x end))
