-- yield inside table constructors and argument lists, multiple results expanded
local co = coroutine.create(function()
  local t = {coroutine.yield(1)}
  local u = {coroutine.yield(2), "after"}
  local v = {k = coroutine.yield(3), [coroutine.yield(4)] = "keyed"}
  local function f(...) return select("#", ...), ... end
  local n, a, b, c = f(coroutine.yield(5))
  local m = f(coroutine.yield(6), coroutine.yield(7))
  return #t, t[1], t[3], u[1], u[2], u[3], v.k, v.dyn, n, a, b, c, m
end)
local feeds = {
  {"x", "y", "z"},
  {"first", "dropped"},
  {"kv"},
  {"dyn"},
  {"p", nil, "r"},
  {"only", "first"},
  {"a", "b"},
}
print(coroutine.resume(co))
for i = 1, #feeds do
  local f = feeds[i]
  print(coroutine.resume(co, f[1], f[2], f[3]))
end
