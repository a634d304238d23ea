-- two separators in a row
local t = {1,, 2}
