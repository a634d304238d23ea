-- ')' is not a statement, but the previous statement is complete
local a = 1 )
