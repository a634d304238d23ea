-- type() and tostring() of every basic value kind
print(type(nil), type(true), type(0), type(""), type({}), type(print), type(type))
print(tostring(nil), tostring(true), tostring(false), tostring(12), tostring("s"))
print(tostring(1.0), tostring(-1.5), tostring(1e100), tostring(2^63))
print(tostring({}):sub(1, 7), tostring(print):sub(1, 9), tostring(function() end):sub(1, 9))
print(type(coroutine) == "table", type(string.rep), type(math.huge))
print(pcall(type))
print(select("#", tostring(nil)), #tostring(nil))
local function f() end
print(pcall(type, f()), type((f())))
