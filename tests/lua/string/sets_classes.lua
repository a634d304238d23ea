-- classes inside sets, alone and mixed with ranges
print(string.match("ab_12-cd", "[%w_]+"), string.match("  x", "[%s]+") == "  ")
print(string.match("abc123", "[%d]+"), string.match("abc123", "[^%d]+"), string.match("abc123", "[%a%d]+"))
print(string.match("A1b2", "[%uA-Z0-1]+"), string.match("x.y,z", "[%p]"), string.match("x.y,z", "[^%p]+"))
print(string.match("\t \nx", "[%c ]+"):byte(1, -1))
print(string.match("FFfz", "[%x]+"), string.match("FFfz", "[^%X]+"))
print(string.match("a%b", "[%%a]+"), string.match("a]b", "[%]]"), string.match("a-b", "[%-]"))
print(string.gsub("one, two; three!", "[%p%s]+", "_"))
print(string.match("123abc", "^[%d]*"), string.match("abc", "^[%d]*") == "")
