-- string.find with plain matching: magic characters are literal
local s = "a.b*c+d?e[f]g%h^i$j(k)l-m"
for _, needle in ipairs({".", "*", "+", "?", "[", "]", "%", "^", "$", "(", ")", "-", "[f]", "%h", "b*c", "zz", ""}) do
  print(needle, string.find(s, needle, 1, true))
end
print(string.find("abc", "", 1, true), string.find("", "", 1, true))
print(string.find("abcabc", "bc", 3, true), string.find("abcabc", "bc", -2, true))
print(string.find("abc", "abcd", 1, true), string.find("a\0b", "\0", 1, true))
print(string.find("abc", "b", 1, 1), string.find("a.c", ".", 1, false))
print(string.find("a.c", ".", 1, nil), string.find("a.c", ".", 1, "yes"))
