-- sorting a larger generated sequence of distinct numbers
local t = {}
for i = 1, 100 do t[i] = (i * 37) % 101 end
table.sort(t)
local ok = true
for i = 2, #t do if t[i - 1] >= t[i] then ok = false end end
print(ok, t[1], t[50], t[100], #t)
local s = {}
for i = 1, 26 do s[i] = string.char(96 + (i * 7) % 26 + 1) end
table.sort(s, function(a, b) return a > b end)
print(table.concat(s))
