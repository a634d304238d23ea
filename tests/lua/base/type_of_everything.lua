-- type() of every kind of value
local values = {
  {"nil", nil}, {"boolean", true}, {"number", 1}, {"number", 0 / 0},
  {"string", ""}, {"table", {}}, {"function", print}, {"function", function() end},
}
for i = 1, #values do
  local expected, v = values[i][1], values[i][2]
  print(i, type(v), type(v) == expected)
end
print(type(type), type(type(nil)), type(_G), type(string), type(math.pi))
print(type(setmetatable({}, {__index = function() return 1 end})))
print(type("1" + 1), type(1 .. ""), type(#"x"), type(not nil))
