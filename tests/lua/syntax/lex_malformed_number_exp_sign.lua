-- exponent sign without digits
local n = 1e+
