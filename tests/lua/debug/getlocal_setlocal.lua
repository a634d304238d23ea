-- Reading and writing locals of active frames.
local function f(x, y)
  local z = x + y
  local names = {}
  local i = 1
  while true do
    local name, value = debug.getlocal(1, i)
    if not name then break end
    if name ~= "(*temporary)" then names[#names + 1] = name .. "=" .. tostring(value) end
    i = i + 1
  end
  print(table.concat(names, " "))
  print(debug.setlocal(1, 3, 100), z)
  print(debug.setlocal(1, 50, 1))
  return z
end
print(f(1, 2))
print(debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(f, 3))
print(pcall(debug.getlocal, 50, 1))
print(pcall(debug.getlocal, 1))
local function caller()
  local secret = "s"
  local function peek() return debug.getlocal(2, 1) end
  local name, value = peek()
  return name, value
end
print(caller())
