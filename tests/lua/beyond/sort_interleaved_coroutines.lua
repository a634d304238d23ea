-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- three sorts in three coroutines, advanced one comparison at a time, round-robin
local function sorter(t, desc)
  return coroutine.create(function()
    table.sort(t, function(a, b)
      coroutine.yield()
      if desc then return a > b end
      return a < b
    end)
    return table.concat(t, ",")
  end)
end
local tasks = {
  sorter({9, 4, 7, 1, 8}, false),
  sorter({"m", "c", "x", "a"}, true),
  sorter({3, 3, 1, 2, 2, 1}, false),
}
local results = {}
local alive = #tasks
while alive > 0 do
  alive = 0
  for i, co in ipairs(tasks) do
    if coroutine.status(co) == "suspended" then
      local ok, v = coroutine.resume(co)
      if coroutine.status(co) == "dead" then
        results[i] = tostring(ok) .. " " .. tostring(v)
      else
        alive = alive + 1
      end
    end
  end
end
for i = 1, #tasks do print(i, results[i]) end
