-- table.clear empties a table in place
local clear = require "table.clear"
print(table.clear == clear)
local t = {1, 2, 3, x = 1, y = 2, [true] = false}
local same = t
print(select("#", clear(t)))
print(same == t, #t, next(t))
t[1] = "again"
t.z = "zed"
print(#t, t[1], t.z)
clear(t)
print(next(t))
local empty = {}
clear(empty)
print(next(empty))
