-- uncaught error thrown from nested functions: traceback has several levels
local function innermost(x)
  if x > 2 then
    error("too big: " .. x)
  end
  return x
end
local function middle(x)
  local r = innermost(x + 1)
  return r
end
function outer(x)
  local r = middle(x * 2)
  return r
end
print(outer(0))
print(outer(1))
print("unreachable")
