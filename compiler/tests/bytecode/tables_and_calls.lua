-- Constructors (positional, keyed, varargs last), method calls, tail call.
local t = { 1, 2, three = 3, [4] = "four", ... }
function t.m(self, k) return self[k] end
local v = t:m("three")
t.x, t[1] = v, t[2]
return print(#t, v)
