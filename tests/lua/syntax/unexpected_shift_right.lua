-- Lua 5.3 '>>' operator: '>' then '>'
local b = 16 >> 2
