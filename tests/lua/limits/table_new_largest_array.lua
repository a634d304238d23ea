-- table.new beyond the array part's largest key (2^26), then a rehash that
-- counts every array slot.
local new = require("table.new")
local t = new(2^26 + 2, 1)
t[2^26 + 2] = 1
t.a = 2
t.b = 3
print(t[2^26 + 2], t.a, t.b)
