-- inner table not closed
local t = {
  inner = {1, 2,
  x = 3
}
