-- a backslash followed by a real newline inserts a newline
local s = "first\
second"
print(s)
print(#s, string.byte(s, 6))
local t = 'a\
\
b'
print(#t, string.byte(t, 1, -1))
