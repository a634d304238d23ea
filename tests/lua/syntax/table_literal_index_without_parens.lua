-- a table constructor cannot be indexed without parentheses
local v = {1, 2}[1]
