-- a '(' at the start of a line after an expression
local x = f
(g)()
