-- a string literal cannot be the prefix of a call without parentheses
local s = "abc":upper()
