-- metamethods fire for tables even when the other operand is a numeric string
local mt = {__add = function(a, b)
  local av = type(a) == "table" and a.v or a
  local bv = type(b) == "table" and b.v or b
  return type(av) .. ":" .. tostring(av) .. "+" .. type(bv) .. ":" .. tostring(bv)
end}
local o = setmetatable({v = 1}, mt)
print(o + "10")
print("10" + o)
print(o + "abc")
print("2" + "3", type("2" + "3"))
print(pcall(function() return "abc" + 1 end))
