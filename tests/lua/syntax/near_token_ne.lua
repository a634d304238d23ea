-- '~='
local x = ~= 1
