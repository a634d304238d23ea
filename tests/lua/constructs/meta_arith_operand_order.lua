-- which operand's metamethod is used, and with which argument order
local L = setmetatable({name = "L"}, {__add = function(a, b)
  local an = type(a) == "table" and a.name or tostring(a)
  local bn = type(b) == "table" and b.name or tostring(b)
  return "L.__add(" .. an .. "," .. bn .. ")"
end})
local R = setmetatable({name = "R"}, {__add = function(a, b)
  local an = type(a) == "table" and a.name or tostring(a)
  local bn = type(b) == "table" and b.name or tostring(b)
  return "R.__add(" .. an .. "," .. bn .. ")"
end})
print(L + R)
print(R + L)
print(1 + R)
print(R + "s")
local plain = {name = "plain"}
print(plain + L)
print(pcall(function() return plain + plain end))
local S = setmetatable({}, {__sub = function(a, b) return "sub" end, __concat = function() return "cat" end})
print(S - 1, 1 - S, S .. 1, 1 .. S, "x" .. S)
