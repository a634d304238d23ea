-- ']' where an expression is expected
local t = {}
t[1] = ]
