-- stray '?' (no ternary operator)
local v = a ? b : c
