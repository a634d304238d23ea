-- malformed number at the start of a statement, on a later line
local a = 1

2x = a
