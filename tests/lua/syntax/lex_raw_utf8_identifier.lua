-- UTF-8 bytes are identifier characters in LuaJIT: a bare name statement
local x = 1
été
