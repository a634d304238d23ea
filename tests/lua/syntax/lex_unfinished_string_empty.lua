-- a lone quote at the end of a line
local s = "
