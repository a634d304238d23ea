-- LuaJIT (5.1 mode) has no empty statement: a lone ';' is rejected
local a = 1;
;
