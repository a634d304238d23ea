-- unclosed table constructor at EOF
local t = {
  a = 1,
  b = 2,
