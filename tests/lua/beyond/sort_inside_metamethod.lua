-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- an __index metamethod (yieldable in LuaJIT too) runs table.sort, whose
-- comparator yields: the yield crosses both the sort and the metamethod
local sorted_letters = setmetatable({}, {__index = function(_, word)
  local t = {}
  for i = 1, #word do t[i] = word:sub(i, i) end
  table.sort(t, function(a, b)
    coroutine.yield(a, b)
    return a < b
  end)
  return table.concat(t)
end})
local co = coroutine.create(function()
  return sorted_letters.lunaris, sorted_letters.yield
end)
local n = 0
local ok, a, b = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  n = n + 1
  ok, a, b = coroutine.resume(co)
end
print(ok, a, b, n > 0)
