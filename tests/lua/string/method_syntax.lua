-- string methods through the string metatable
print(("abc"):upper(), ("ABC"):lower(), ("abc"):len(), ("abc"):reverse())
print(("abc"):sub(2), ("abc"):byte(1), ("x"):rep(3), ("%d"):format(7))
print(("a,b"):find(","), ("a,b"):match("(%a),"), ("a,b"):gsub(",", ";"))
local s = "chain"
print(s:upper():lower():rep(2):sub(3, 7):reverse())
print(getmetatable("").__index == string, getmetatable("abc") == getmetatable(""))
print(pcall(function() local r = (5):rep(2) return r end))
print(pcall(function() local r = (nil):upper() return r end))
print(pcall(function() local r = ("x"):nosuch() return r end))
print(pcall(function() local r = ("x").upper return r == string.upper end))
print(type(("x").len), ("x")["len"] == string.len, ("x").nosuch)
string.shout = function(str) return str:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function() local r = ("hey"):shout() return r end))
