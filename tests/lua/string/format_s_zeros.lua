-- %s copies embedded zeros; width and precision count bytes
local s = "a\0b\0c"
print(string.format("%s", s):byte(1, -1))
print(#string.format("%s", s), #string.format("[%s]", s))
print(string.format("%.2s", s):byte(1, -1))
print(string.format("%.3s", s):byte(1, -1))
print(string.format("%7s", s):byte(1, -1))
print(string.format("%-7s|", s):byte(1, -1))
print(string.format("%.1s", "\0abc"):byte(1, -1))
print(#string.format("%s%s", "\0", "\0"))
print(string.format("x%sy", "\0"):byte(1, -1))
