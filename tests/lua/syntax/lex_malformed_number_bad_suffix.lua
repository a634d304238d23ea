-- 'ULLL' is not a valid integer suffix
local n = 1ULLL
