-- nested pcall, rethrowing, and errors inside error handlers
local function inner() error("inner failure", 0) end
local function middle()
  local ok, e = pcall(inner)
  print("middle caught:", ok, e)
  error("middle rethrow: " .. e, 0)
end
print(pcall(middle))
local ok, e = pcall(pcall, error, "deep")
print(ok, e)
print(pcall(pcall))
local results = {}
for i = 1, 3 do
  local ok2, v = pcall(function() if i == 2 then error("bad " .. i, 0) end return i * 10 end)
  results[#results + 1] = tostring(ok2) .. ":" .. tostring(v)
end
print(table.concat(results, " "))
local function cleanup_pattern()
  local state = "open"
  local ok3, err = pcall(function() error("boom", 0) end)
  state = "closed"
  return state, ok3, err
end
print(cleanup_pattern())
