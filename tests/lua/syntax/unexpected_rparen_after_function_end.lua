-- unclosed local function, error on a later token
local function f(x)
  if x then
    return 1
  end
end)
