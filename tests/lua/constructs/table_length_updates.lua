-- # tracks appends and removals at the end of sequences
local t = {}
for i = 1, 10 do t[#t + 1] = i * i end
print(#t, t[#t])
while #t > 5 do table.remove(t) end
print(#t, table.concat(t, ","))
t[#t] = nil
t[#t] = nil
print(#t)
table.insert(t, 1, 0)
print(#t, table.concat(t, ","))
local s = {"a", "b", "c", "d"}
table.remove(s, 2)
print(#s, table.concat(s))
table.remove(s, 1)
print(#s, table.concat(s))
local grown = {}
for i = 1, 1000 do grown[i] = true end
for i = 1000, 501, -1 do grown[i] = nil end
print(#grown)
