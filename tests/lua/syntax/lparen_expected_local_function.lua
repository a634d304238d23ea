-- 'local function g' without a parameter list, next line
local function g
  return 1
end
