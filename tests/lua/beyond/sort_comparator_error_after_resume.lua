-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- the comparator yields, then fails after resumption; a pcall around
-- table.sort inside the same coroutine catches the error
local co = coroutine.create(function()
  local t = {3, 1, 2}
  local ok, err = pcall(table.sort, t, function(a, b)
    local go_on = coroutine.yield("comparing")
    if not go_on then error("comparator gave up") end
    return a < b
  end)
  coroutine.yield("after sort")
  return ok, err
end)
print(coroutine.resume(co))
print(coroutine.resume(co, false))
print(coroutine.resume(co))
print(coroutine.status(co))
