-- locals shadow globals of the same name
value = "global"
local function show() return value end
print(show())
local value = "local"
print(value, _G.value, show())
do
  local _G = {value = "fake G"}
  print(_G.value)
end
print(_G.value)
x1, x2 = 1, 2
local x1 = 10
x2 = x1 + x2
print(x1, x2, _G.x1)
