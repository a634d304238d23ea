-- LuaJIT imaginary literals
local a = 1 2.5i
