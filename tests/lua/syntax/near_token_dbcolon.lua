-- '::' where an expression is expected
local x = ::
