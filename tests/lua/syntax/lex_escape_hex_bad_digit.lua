-- '\x4g'
local s = "ab\x4g"
