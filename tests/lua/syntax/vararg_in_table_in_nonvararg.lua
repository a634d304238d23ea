-- '...' inside a table constructor of a non-vararg function
local function g(a)
  local t = {...}
  return t
end
