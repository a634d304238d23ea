-- strings sort bytewise
local t = {}
for i = 1, 26 do t[i] = string.char(96 + (i * 7) % 26 + 1) .. string.char(64 + i) end
table.sort(t)
print(table.concat(t, " "))
t = {"abc", "ab", "abcd", "a", "b", "ba", "ABC", "aBc", "123", "12", "~", " "}
table.sort(t)
print(table.concat(t, "|"))
table.sort(t, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(table.concat(t, "|"))
