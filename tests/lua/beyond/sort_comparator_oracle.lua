-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- the comparator asks the resumer for every answer: the sort order lives outside
local words = {"pear", "fig", "banana", "kiwi", "apple", "date", "plum", "cherry"}
local co = coroutine.create(function()
  table.sort(words, function(a, b) return (coroutine.yield(a, b)) end)
  return #words
end)
local function before(a, b)
  if #a ~= #b then return #a < #b end
  return a < b
end
local asked = 0
local ok, a, b = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  asked = asked + 1
  ok, a, b = coroutine.resume(co, before(a, b))
end
print(ok, a, asked > 0)
print(table.concat(words, " "))
