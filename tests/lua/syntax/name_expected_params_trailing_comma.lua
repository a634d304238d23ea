-- trailing ',' in a parameter list
local function f(a,) end
