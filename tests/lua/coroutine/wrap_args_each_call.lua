-- arguments of each call to a wrapper become the results of the pending yield
local acc = coroutine.wrap(function(first)
  local log = {first}
  while true do
    local v = coroutine.yield(table.concat(log, ","))
    log[#log + 1] = v
  end
end)
print(acc("a"))
print(acc("b"))
print(acc("c"))
local swap = coroutine.wrap(function(a, b)
  while true do a, b = coroutine.yield(b, a) end
end)
print(swap(1, 2))
print(swap("x", "y"))
print(swap(nil, 3))
print(select("#", swap()))
