-- 'LL' suffix on a float
local n = 1.5LL
