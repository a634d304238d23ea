-- rawequal compares without metamethods
local mt = {__eq = function() return true end}
local a, b = setmetatable({}, mt), setmetatable({}, mt)
print(a == b, rawequal(a, b), rawequal(a, a))
print(rawequal(1, 1), rawequal(1, 1.0), rawequal("a", "a"), rawequal("a", "b"))
print(rawequal(nil, nil), rawequal(nil, false), rawequal(0, false))
print(rawequal("1", 1), rawequal(print, print), rawequal(0 / 0, 0 / 0))
local s1 = "ab" .. "c"
local s2 = "a" .. "bc"
print(rawequal(s1, s2), rawequal(-0, 0))
