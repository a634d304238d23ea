-- string.match with init positions
local s = "one two three"
print(s:match("%a+", 1), s:match("%a+", 4), s:match("%a+", 5), s:match("%a+", -5))
print(s:match("%a+", 0), s:match("%a+", -100), s:match("%a+", 100), s:match("", 100))
print(s:match("^%a+", 5), s:match("^%a+", 6))
print(s:match("()", 14), s:match("()", 15), s:match("()", -1))
print(s:match(".", #s), s:match(".", #s + 1))
print(s:match("(%a+)$", 9))
