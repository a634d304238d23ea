-- a lone % at the end of a replacement string
local r, n = string.gsub("abc", "b", "%")
print(#r, r:byte(1, -1))
print(n)
r = string.gsub("abc", "b", "x%")
print(#r, r:byte(1, -1))
