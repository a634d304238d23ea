-- independent counters built from closures
local function counter(start, step)
  local value = start
  return function()
    local current = value
    value = value + step
    return current
  end
end
local a = counter(0, 1)
local b = counter(100, -10)
print(a(), a(), a())
print(b(), b())
print(a(), b())
local c = counter(0.5, 0.25)
print(c(), c(), c())
