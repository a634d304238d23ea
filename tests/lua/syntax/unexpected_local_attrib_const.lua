-- Lua 5.4 '<const>' attribute is not supported
local x <const> = 1
