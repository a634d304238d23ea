-- unclosed table constructor, error on a later line
local t = {1, 2
  3}
