-- mixed constructors: positional items count independently of keyed ones
local t = {"a", x = 1, "b", [10] = "ten", "c"; y = 2; "d"}
print(#t, t[1], t[2], t[3], t[4], t.x, t.y, t[10])
local o = {[1] = "explicit", "positional"}
print(o[1])
local p = {"positional", [1] = "explicit"}
print(p[1])
local q = {[2] = "two", "one"}
print(q[1], q[2])
local r = {1, 2, 3; n = 3,}
print(r.n, #r)
print(#{n = 1, 2}, ({n = 1, 2})[1])
