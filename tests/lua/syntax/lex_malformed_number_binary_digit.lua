-- '2' is not a binary digit
local n = 0b102
