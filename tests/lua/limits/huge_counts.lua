-- Huge or odd repeat counts and sizes give LuaJIT's results, not crashes.
print(pcall(string.rep, "x", 2^31))
print(pcall(string.rep, "abc", 2^40))
print(pcall(string.rep, "x", -5))
print(#string.rep("ab", 1e6))
print(pcall(string.rep, "x", 0/0))
local big = {}
for i = 1, 1e6 do big[i] = i end
print(#big, big[1e6])
print(#table.concat(big, ",", 1, 1000))
