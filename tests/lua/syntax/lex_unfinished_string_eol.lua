-- double-quoted string runs into the end of the line
local s = "abc
print(s)
