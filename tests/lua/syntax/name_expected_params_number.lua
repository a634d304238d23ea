-- a number in a parameter list
local function f(a, 1) end
