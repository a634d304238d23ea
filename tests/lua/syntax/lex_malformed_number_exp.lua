-- exponent without digits
local n = 1e
