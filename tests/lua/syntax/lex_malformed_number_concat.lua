-- '3..2' lexes as one malformed number
local s = 3..2
