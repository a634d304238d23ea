-- debug.getinfo on functions and active frames.
local function show(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local parts = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "function" or type(v) == "table" then v = type(v) end
    parts[#parts + 1] = k .. "=" .. tostring(v)
  end
  print(table.concat(parts, " "))
end
local function f(a, b, ...)
  show(debug.getinfo(1))
  show(debug.getinfo(2, "nSl"))
  show(debug.getinfo(1, "u"))
  return a
end
f(1, 2)
local g = function() end
show(debug.getinfo(g, "S"))
show(debug.getinfo(show, "Su"))
print(debug.getinfo(1, "f").func == nil, debug.getinfo(f, "f").func == f)
print(debug.getinfo(100), debug.getinfo(50, "l"))
print(pcall(debug.getinfo, 1, "x"))
print(pcall(debug.getinfo, 1, "Sx"))
