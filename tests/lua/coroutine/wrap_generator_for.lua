-- wrapped coroutines as generic-for iterators
local function range(from, to, step)
  return coroutine.wrap(function()
    for i = from, to, step do coroutine.yield(i) end
  end)
end
local out = {}
for i in range(1, 10, 3) do out[#out + 1] = i end
print(table.concat(out, " "))
out = {}
for i in range(5, 1, -2) do out[#out + 1] = i end
print(table.concat(out, " "))
-- two loop variables
local function enumerate(t)
  return coroutine.wrap(function()
    for i = 1, #t do coroutine.yield(i, t[i]) end
  end)
end
for i, v in enumerate({"a", "b", "c"}) do print(i, v) end
-- a generator that ends immediately
local n = 0
for _ in coroutine.wrap(function() end) do n = n + 1 end
print("empty loop ran", n)
