-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- inside a yielding comparator: the sorting coroutine is running, its resumer normal
local outer, inner
local report
inner = coroutine.create(function()
  local t = {2, 1}
  table.sort(t, function(a, b)
    if not report then
      report = {coroutine.status(inner), coroutine.status(outer),
        tostring(coroutine.running() == inner), tostring(coroutine.isyieldable())}
      coroutine.yield("first comparison")
    end
    return a < b
  end)
  return table.concat(t, " ")
end)
outer = coroutine.create(function()
  local ok, v = coroutine.resume(inner)
  coroutine.yield(v)
  print("inner is", coroutine.status(inner))
  return coroutine.resume(inner)
end)
print(coroutine.resume(outer))
print(report and table.concat(report, " "))
print(coroutine.resume(outer))
print(coroutine.status(inner), coroutine.status(outer))
