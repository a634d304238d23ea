-- exponent sign followed by a name
local n = 5e-x
