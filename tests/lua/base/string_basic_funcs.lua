-- string library basics
local s = "Hello, World"
print(string.len(s), #s, s:len())
print(string.upper(s), string.lower(s))
print(string.reverse(s), string.reverse(""))
print(string.rep("ab", 3), string.rep("-", 10), "[" .. string.rep("x", 0) .. "]")
print(string.rep("a", 3, ", "))
print(string.sub(s, 1, 5), string.sub(s, 8), string.sub(s, -5), string.sub(s, -5, -3))
print(string.byte("A"), string.byte("abc", 2), string.byte("abc", -1))
print(string.byte("abc", 1, 3))
print(select("#", string.byte("abc", 4)), select("#", string.byte("")))
print(string.char(), string.char(72, 105), string.char(0):len())
print(string.upper("mIxEd 123 !?"), string.lower("ABC dEf"))
