-- '[=' followed by a name
local s = [=abc]=]
