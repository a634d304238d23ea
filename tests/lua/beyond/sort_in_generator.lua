-- LuaJIT refuses this ("attempt to yield across C-call boundary"); Lunaris yields here by design.
-- a wrapped generator sorts with a comparator that yields progress markers,
-- then yields the sorted items; the consumer skips the markers
local function sorted(t)
  return coroutine.wrap(function()
    local copy = {}
    for i = 1, #t do copy[i] = t[i] end
    table.sort(copy, function(a, b)
      coroutine.yield("cmp")
      return a < b
    end)
    for i = 1, #copy do coroutine.yield("item", copy[i]) end
  end)
end
local gen = sorted({"kiwi", "apple", "mango", "fig", "banana"})
local items, markers = {}, 0
while true do
  local kind, v = gen()
  if kind == nil then break end
  if kind == "item" then items[#items + 1] = v else markers = markers + 1 end
end
print(table.concat(items, " "))
print(markers >= 4)
