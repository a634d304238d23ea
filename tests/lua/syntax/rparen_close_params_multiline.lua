-- unclosed parameter list over two lines
local function g(a,
  b
  return a
end
