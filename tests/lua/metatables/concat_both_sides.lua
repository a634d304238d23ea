-- __concat with numbers and strings on either side
local mt = {__concat = function(a, b)
  local function s(v) return type(v) == "table" and "<" .. v.n .. ">" or type(v) .. ":" .. tostring(v) end
  return s(a) .. "|" .. s(b)
end}
local o = setmetatable({n = "o"}, mt)
print(o .. "str")
print("str" .. o)
print(o .. 12)
print(3.5 .. o)
print(o .. o)
print("a" .. "b" .. o)
print(o .. "a" .. "b")
print(1 .. 2)
