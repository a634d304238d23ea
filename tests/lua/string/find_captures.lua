-- string.find returns positions followed by captures
print(string.find("key = value", "(%w+)%s*=%s*(%w+)"))
print(string.find("2024-01-15", "(%d+)-(%d+)-(%d+)"))
print(string.find("abc", "(a)(b)(c)"))
print(string.find("abc", "((a)(b))"))
print(string.find("abc", "a(x?)b"))
print(string.find("hello world", "o (w)"))
print(string.find("nothing", "(z)"))
print(select("#", string.find("abc", "b")), select("#", string.find("abc", "(b)")))
print(string.find("aaa", "(a*)"), string.find("aaa", "(a-)"))
local caps = {string.find("a1b2c3d4e5", "(%a)(%d)(%a)(%d)(%a)(%d)(%a)(%d)(%a)(%d)")}
print(#caps, table.concat(caps, ","))
