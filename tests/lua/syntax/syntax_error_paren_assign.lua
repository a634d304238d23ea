-- a parenthesised name cannot be assigned to
local a
(a) = 1
