-- Lua 5.3 '|' operator is not supported
local b = 6 | 3
