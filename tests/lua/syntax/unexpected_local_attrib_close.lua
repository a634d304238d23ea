-- Lua 5.4 '<close>' attribute is not supported
local f <close> = nil
