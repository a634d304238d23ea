-- 'g' is not a hex digit
local n = 0xg
