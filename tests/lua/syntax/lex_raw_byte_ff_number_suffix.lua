-- a raw 0xFF byte is an identifier character, so it extends a number
local x = 1ÿ
