-- a number key needs brackets
local t = {1 = 2}
