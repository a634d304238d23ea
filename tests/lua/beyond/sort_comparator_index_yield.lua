-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- the comparator reads a lazy table whose __index yields to fetch sort keys
local lazy = setmetatable({}, {__index = function(t, name)
  local w = coroutine.yield(name)
  rawset(t, name, w)
  return w
end})
local names = {"delta", "alpha", "echo", "charlie", "bravo"}
local co = coroutine.create(function()
  table.sort(names, function(a, b) return lazy[a] < lazy[b] end)
  return table.concat(names, " ")
end)
local source = {alpha = 50, bravo = 40, charlie = 30, delta = 20, echo = 10}
local fetched = {}
local ok, v = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  fetched[#fetched + 1] = v
  ok, v = coroutine.resume(co, source[v])
end
print(ok, v)
-- every element takes part in some comparison, and each key is fetched once
table.sort(fetched)
print(#fetched, table.concat(fetched, ","))
