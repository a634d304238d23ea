-- # on proper sequences as they grow and shrink
local t = {}
print(#t)
for i = 1, 100 do t[i] = i end
print(#t)
for i = 100, 51, -1 do t[i] = nil end
print(#t)
t[#t + 1] = "next"
print(#t, t[51])
print(#{1, 2, 3}, #{"a"}, #{n = 3}, #{[1] = "x", [2] = "y"})
print(#{unpack({1, 2, 3, 4, 5})}, #{(unpack({1, 2, 3}))})
local function count(...) return #{...} end
print(count(), count(1), count(1, 2, 3))
local s = {}
for i = 1, 10 do table.insert(s, i) end
for i = 1, 4 do table.remove(s) end
print(#s, s[#s])
print(#"", #"abc", #{{}, {}, {}})
