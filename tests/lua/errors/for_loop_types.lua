-- numeric for requires numbers (strings convertible are ok)
print(pcall(function() for i = "a", 2 do end end))
print(pcall(function() for i = 1, nil do end end))
print(pcall(function() for i = 1, 2, {} do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() local s = "x"; for i = 1, s do end end))
local r = {}
for i = "1", "3" do r[#r + 1] = i end
print(table.concat(r, ","), type(r[1]))
print(pcall(function() for i = 1, 3, "1" do r[#r + 1] = i end return #r end))
