-- A chain of 100 000 coroutines, each resuming the next.
local function make(n)
  return coroutine.create(function()
    if n == 0 then return "bottom" end
    local ok, value = coroutine.resume(make(n - 1))
    return value
  end)
end
print(coroutine.resume(make(100000)))
