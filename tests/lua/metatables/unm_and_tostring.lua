-- __unm gets the operand (twice in LuaJIT) and may return anything
local seen = {}
local mt = {__unm = function(a, b)
  seen[#seen + 1] = rawequal(a, b) and "same" or "different"
  return {neg = true}
end}
local o = setmetatable({}, mt)
local r = -o
print(type(r), r.neg, seen[1])
local m2 = setmetatable({}, {__unm = function(a) return "minus" end})
print(-m2, type(-m2))
print(pcall(function() return - -m2 end))
print(-"2", -"0x10", type(-"3"))
