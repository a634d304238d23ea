-- a control byte (0x01) outside a string
local x = 
