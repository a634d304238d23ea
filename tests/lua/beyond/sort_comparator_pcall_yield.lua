-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- the comparator yields through pcall; the pcall still returns normally
local data = {30, 10, 20, 50, 40}
local co = coroutine.create(function()
  table.sort(data, function(a, b)
    local ok, answer = pcall(coroutine.yield, a, b)
    if not ok then error(answer, 0) end
    return answer
  end)
  return "done"
end)
local ok, a, b = coroutine.resume(co)
while coroutine.status(co) == "suspended" do
  ok, a, b = coroutine.resume(co, a > b)
end
print(ok, a)
print(table.concat(data, " "))
