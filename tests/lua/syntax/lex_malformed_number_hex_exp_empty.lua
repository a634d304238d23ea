-- binary exponent without digits
local n = 0x1p
