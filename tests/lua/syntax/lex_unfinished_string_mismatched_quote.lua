-- a double-quoted string cannot be closed with a single quote
local s = "abc'
