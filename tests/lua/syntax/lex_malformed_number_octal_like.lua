-- '08x'
local n = 08x
