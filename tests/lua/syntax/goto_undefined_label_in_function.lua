-- goto inside a function to an undefined label, reported at the goto line
local function f()
  local x = 1
  goto done
  return x
end
