-- string ends with a backslash at EOF
local s = "abc\