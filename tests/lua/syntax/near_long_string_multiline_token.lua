-- a multi-line long string token after a complete statement
local a = 1 [[line one
line two]]
