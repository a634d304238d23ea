-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- a table.sort comparator that yields on every comparison
local data = {5, 3, 8, 1, 9, 2, 7, 4, 6}
local members = {}
for _, v in ipairs(data) do members[v] = true end
local co = coroutine.create(function(t)
  table.sort(t, function(a, b)
    coroutine.yield(a, b)
    return a < b
  end)
  return "sorted"
end)
local yields, valid = 0, true
local ok, a, b = coroutine.resume(co, data)
while coroutine.status(co) == "suspended" do
  yields = yields + 1
  if not (members[a] and members[b]) then valid = false end
  ok, a, b = coroutine.resume(co)
end
print(ok, a)
print(yields > 0, valid)
print(table.concat(data, " "))
