-- keyword 'until' where an expression is expected
local z = until
