-- Long __index chains work up to LuaJIT's limit, then "loop in gettable".
local function chain(n)
  local t = { found = "yes" }
  for _ = 1, n do t = setmetatable({}, { __index = t }) end
  return t
end
print(chain(50).found)
print(pcall(function() return chain(150).found end))
local a = setmetatable({}, {})
getmetatable(a).__index = a
print(pcall(function() return a.x end))
local b = setmetatable({}, {})
getmetatable(b).__newindex = b
print(pcall(function() b.x = 1 end))
