-- '~' not followed by '=' (no 5.3 bitwise xor/not)
local b = ~5
