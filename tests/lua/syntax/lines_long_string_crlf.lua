-- line breaks inside a long string are counted (CRLF as one)
local s = [[a
b
cd]]
local = 1
