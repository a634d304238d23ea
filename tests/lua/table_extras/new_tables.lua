-- table.new makes empty tables that fill like any other
local new = require "table.new"
local t = new(10, 5)
print(type(t), #t, next(t))
for i = 1, 10 do t[i] = i * i end
t.x, t.y = "x", "y"
print(#t, t[10], t.x, t.y)
local u = new(0, 0)
u[1] = "a"
print(#u, u[1])
local v = new(3, 0)
print(#v, v[1])
v[2] = true
print(v[1], v[2])
print(new(0, 100) ~= new(0, 100))
