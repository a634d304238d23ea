-- upvalues outlive the block that declared them (closing)
local fns = {}
do
  local x = 1
  fns[1] = function() x = x + 1; return x end
  fns[2] = function() return x end
  x = 10
end
print(fns[1](), fns[2](), fns[1](), fns[2]())
local function level1()
  local a = "A"
  return function()
    local b = "B"
    return function() return a .. b end
  end
end
print(level1()()())
local t = {}
for i = 1, 2 do
  local acc = {}
  t[i] = function(v) acc[#acc + 1] = v; return table.concat(acc, ",") end
end
print(t[1]("x"), t[1]("y"), t[2]("z"))
