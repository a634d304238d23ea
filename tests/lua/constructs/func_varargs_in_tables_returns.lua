-- varargs inside table constructors and return lists
local function collect(...)
  local all = {...}
  local front = {..., "end"}
  local back = {"begin", ...}
  return #all, front[1], front[2], #back
end
print(collect())
print(collect("a", "b", "c"))
local function passthrough(...) return ... end
local function first_only(...) return (...) end
local function mid(...) return ..., "mid", ... end
print(passthrough(1, 2, 3))
print(first_only(1, 2, 3))
print(mid(1, 2))
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + (select(i, ...)) end
  return s
end
print(sum(), sum(1), sum(1, 2, 3, 4, 5))
local function vararg_len(...) return #{...} end
print(vararg_len(1, 2, 3), vararg_len())
