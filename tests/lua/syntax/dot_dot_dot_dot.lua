-- '....' lexes as '...' then '.'
local function f(...) return .... end
