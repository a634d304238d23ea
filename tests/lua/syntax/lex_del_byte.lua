-- a DEL byte (0x7f) outside a string
local x = 
