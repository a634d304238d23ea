-- Closures and upvalues: counters made in loops, upvalue reads and writes,
-- closures passed to higher-order functions.
local function make_counter(start)
  local count = start
  return function(step)
    count = count + step
    return count
  end
end

local function map(list, f)
  local out = {}
  for i = 1, #list do out[i] = f(list[i]) end
  return out
end

local n = tonumber(arg and arg[1]) or 21000000
local total = 0
local counters = {}
for i = 1, 100 do counters[i] = make_counter(i) end
for i = 1, n do
  local c = counters[i % 100 + 1]
  total = total + c(1)
end
local list = {}
for i = 1, 1000 do list[i] = i end
for round = 1, n / 3000 do
  local scale = round % 7
  local mapped = map(list, function(x) return x * scale + total % 3 end)
  total = total + mapped[#mapped]
end
print(total)
