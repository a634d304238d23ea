-- LuaJIT can yield from an __index function; the indexing completes on resume
local lazy = setmetatable({}, {__index = function(t, k)
  local v = coroutine.yield("need " .. k)
  rawset(t, k, v)
  return v
end})
local co = coroutine.create(function()
  local a = lazy.alpha
  local b = lazy.beta
  local a2 = lazy.alpha
  return a .. "+" .. b .. "+" .. a2
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "A"))
print(coroutine.resume(co, "B"))
print(coroutine.status(co))
-- __index chain: a table whose __index table has an __index function
local base = setmetatable({}, {__index = function(_, k) return coroutine.yield(k) * 2 end})
local derived = setmetatable({}, {__index = base})
local w = coroutine.wrap(function() return derived.x + derived.y end)
print(w())
print(w(10))
print(w(100))
