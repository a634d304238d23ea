-- sorting a larger permutation of distinct keys
local n = 1000
local t = {}
for i = 1, n do t[i] = (i * 7919) % n + 1 end
table.sort(t)
local ok = true
for i = 1, n do if t[i] ~= i then ok = false end end
print(ok, t[1], t[500], t[1000])
table.sort(t, function(a, b) return a > b end)
print(t[1], t[500], t[1000])
local s = {}
for i = 1, 300 do s[i] = string.format("k%05d", (i * 37) % 300) end
table.sort(s)
print(s[1], s[2], s[150], s[300])
