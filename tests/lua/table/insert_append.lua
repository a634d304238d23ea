-- table.insert with two arguments appends
local t = {}
for i = 1, 5 do table.insert(t, i * 10) end
print(#t, table.concat(t, ","))
table.insert(t, "x")
print(#t, t[6])
local u = {n = 1}
table.insert(u, "a")
print(#u, u[1], u.n)
local s = {1, 2, nil, 4}
table.insert(s, 5)
print(s[5] or s[3], #s >= 2)
print(select("#", table.insert({}, 1)))
local v = {}
table.insert(v, nil)
print(#v)
table.insert(v, false)
print(#v, v[1])
