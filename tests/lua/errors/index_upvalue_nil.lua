-- indexing a nil upvalue names the upvalue
local up
local function get() return up.x end
print(pcall(get))
local num = 3
local function set() num.y = 2 end
print(pcall(set))
local function outer()
  local deep
  return function() return function() return deep.z end end
end
print(pcall(outer()()))
up = {x = "ok now"}
print(pcall(get))
