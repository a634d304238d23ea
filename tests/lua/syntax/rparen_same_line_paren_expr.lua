-- unclosed parenthesised expression on one line
local x = (1 + 2 local y = 3
