-- a keyword cannot be a local name
local while = 1
