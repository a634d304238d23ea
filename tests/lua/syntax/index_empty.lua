-- empty index
local v = t[]
