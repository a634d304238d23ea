-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- table.sort without a comparator calls __lt, which yields
local mt = {}
mt.__lt = function(x, y)
  coroutine.yield("lt")
  return x.rank < y.rank
end
local function item(name, rank) return setmetatable({name = name, rank = rank}, mt) end
local items = {item("c", 3), item("a", 1), item("e", 5), item("b", 2), item("d", 4)}
local co = coroutine.create(function()
  table.sort(items)
  local names = {}
  for i, it in ipairs(items) do names[i] = it.name end
  return table.concat(names, "")
end)
local lt_calls = 0
local ok, v = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  if v == "lt" then lt_calls = lt_calls + 1 end
  ok, v = coroutine.resume(co)
end
print(ok, v)
-- any correct sort of 5 elements compares at least 4 times
print(lt_calls >= 4)
