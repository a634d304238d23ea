-- Lua 5.3 '//' operator is not supported
local q = 7 // 2
