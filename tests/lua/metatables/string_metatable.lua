-- strings share a metatable whose __index is the string table
local s = "Hello"
print(s:upper(), s:lower(), s:len(), s:rep(2, "-") )
print(("x"):upper(), ("abc"):reverse(), ("abc"):byte(2))
print(#"abc", #s)
print(s[1], s.len == string.len)
print(getmetatable("").__index == string)
print(pcall(function() return s.nosuch() end))
print(("%d-%s"):format(5, "five"))
print(s:sub(2, 3), (s):sub(-2))
string.shout = function(self) return self:upper() .. "!" end
print(("hey"):shout())
string.shout = nil
print(pcall(function() return ("hey"):shout() end))
