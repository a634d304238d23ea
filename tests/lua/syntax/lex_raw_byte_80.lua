-- a raw 0x80 byte where an expression is expected
local x = 1 + €
