-- upvalue changes made before an error are kept
local state = 0
local function step(fail)
  state = state + 1
  if fail then error("failed at " .. state, 0) end
  state = state + 10
end
print(pcall(step, false), state)
print(pcall(step, true))
print(state)
local log = {}
local function guarded(f)
  return function(...)
    local ok, e = pcall(f, ...)
    log[#log + 1] = ok and "ok" or e
    return ok
  end
end
local g = guarded(function(x) if x < 0 then error("neg", 0) end end)
g(1); g(-1); g(2)
print(table.concat(log, ","))
