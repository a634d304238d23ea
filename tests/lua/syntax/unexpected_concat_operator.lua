-- binary '..' cannot start an expression
local s = .. "a"
