-- LuaJIT 64-bit integer literals are numbers: near shows the source text
local a = 1 42LL
