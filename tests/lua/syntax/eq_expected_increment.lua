-- '++' does not exist
local n = 0
n++
