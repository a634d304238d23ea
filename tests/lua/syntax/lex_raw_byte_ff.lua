-- a raw 0xFF byte where an expression is expected
local x = ÿ
