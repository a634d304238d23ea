-- *, +, - and ? on single characters, classes and sets
print(string.match("aaab", "a*"), string.match("aaab", "a+"), string.match("aaab", "a-"), string.match("aaab", "a?"))
print(string.match("baaa", "a*"), string.match("baaa", "a+"), string.match("baaa", "ba-"), string.match("baaa", "ba?"))
print(string.match("<a><b>", "<.*>"), string.match("<a><b>", "<.->"))
print(string.match("color colour", "colou?r", 2), string.match("123abc", "%d+%a?"))
print(string.match("xxyy", "x*y*"), string.match("yy", "x*y+"), string.match("", "x*"))
print(string.match("aaa", "^(a-)a$"), string.match("aaa", "^(a*)a$"), string.match("aaa", "^(a+)$"))
print(string.match("key = value", "(%w+)%s*=%s*(%w+)"))
print(string.match("abc", "[abc]+"), string.match("abc", "[abc]-c"), string.match("abc", "[xyz]?abc"))
print(string.match("a+b", "a+b"), string.match("a+b", "a%+b"), string.match("aab", "a+b"))
print(string.match("*x", "*x"), string.match("x*", "x*"), string.match("-", "-"), string.match("?", "?"))
print(string.find("aaaa", "a-", 2), string.find("aaaa", "a*", 5))
local s = ("a"):rep(50) .. "b"
print(#string.match(s, ".-b"), #string.match(s, "a*a*a*b"), string.match(s, "a*c"))
