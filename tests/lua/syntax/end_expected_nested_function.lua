-- inner function left open: reported as closing the inner function
local function outer()
  local function inner()
    return 1
  end
