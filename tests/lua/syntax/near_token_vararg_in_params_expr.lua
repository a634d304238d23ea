-- '...' near text after a complete statement in a function
local function f(...) local a = 1 ... end
