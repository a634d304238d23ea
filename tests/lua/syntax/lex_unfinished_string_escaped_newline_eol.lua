-- backslash-newline continues the string, then an unescaped newline
local s = "abc\
def
x = 1
