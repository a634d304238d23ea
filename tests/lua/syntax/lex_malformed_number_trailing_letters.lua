-- letters directly after digits
local n = 123abc
