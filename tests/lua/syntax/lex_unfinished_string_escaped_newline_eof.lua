-- backslash-newline continues the string onto the next line, then EOF
local s = "abc\
def