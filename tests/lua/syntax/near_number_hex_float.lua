-- a hex float token after a complete statement
local a = 1 0x1.8p3
