-- unary operator at EOF
local x = -