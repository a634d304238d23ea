-- the outer function is vararg, the inner one is not
local function outer(...)
  return function()
    return select('#', ...)
  end
end
