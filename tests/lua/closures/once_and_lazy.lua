-- run-once wrappers and lazy values using upvalues
local function once(f)
  local done, result = false, nil
  return function(...)
    if not done then done = true; result = f(...) end
    return result
  end
end
local n = 0
local init = once(function(v) n = n + 1; return "init " .. v end)
print(init("a"), init("b"), n)
local function lazy(f)
  local v
  return function() if v == nil then v = f() end return v end
end
local computed = 0
local val = lazy(function() computed = computed + 1; return 6 * 7 end)
print(computed, val(), val(), computed)
