-- backslash-CRLF inside a string counts as one line
local s = "a\
b\
c"
local = 1
