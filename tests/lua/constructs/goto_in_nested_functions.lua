-- labels are per function: the same label name can be reused in nested functions
local function outer()
  local log = {}
  local function inner(n)
    local i = 0
    ::loop::
    i = i + 1
    if i < n then goto loop end
    return i
  end
  local j = 0
  ::loop::
  j = j + 1
  log[#log + 1] = inner(j)
  if j < 3 then goto loop end
  return table.concat(log, ",")
end
print(outer())
local function retry(attempts)
  local tries = 0
  ::again::
  tries = tries + 1
  local ok = pcall(function() if tries < attempts then error("fail") end end)
  if not ok then goto again end
  return tries
end
print(retry(1), retry(4))
