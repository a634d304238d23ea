-- '}' where an expression is expected
local y = }
