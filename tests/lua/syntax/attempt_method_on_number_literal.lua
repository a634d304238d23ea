-- a number literal cannot be the prefix of a call
local s = 5:tostring()
