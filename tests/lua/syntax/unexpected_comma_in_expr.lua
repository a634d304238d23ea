-- ',' where an expression is expected
local a = , 1
