-- concatenation is right associative and binds looser than arithmetic
print("a" .. "b" .. "c")
print(1 .. 2, 1 .. 2 + 3)
print("x" .. 2 * 3 .. "y")
print("n=" .. -1 .. ";")
print(("a" .. "b") .. ("c" .. "d"))
local mt = {__concat = function(a, b)
  local l = type(a) == "table" and a.v or a
  local r = type(b) == "table" and b.v or b
  return "(" .. l .. "+" .. r .. ")"
end}
local A = setmetatable({v = "A"}, mt)
local B = setmetatable({v = "B"}, mt)
print("x" .. A .. B)
print(A .. B .. "y")
print(A .. "m" .. B)
