-- a blank line between the callee and '('
local v = t.field

("%d"):format(1)
