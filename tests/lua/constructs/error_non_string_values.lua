-- only string messages get position info; other values pass through
local function raise(v, lvl) error(v, lvl) end
local cases = {42, true, false, "text"}
for _, v in ipairs(cases) do
  local ok, e = pcall(raise, v)
  print(type(v), ok, type(e), tostring(e))
end
local ok, e = pcall(raise, 3.5, 1)
print(ok, e, type(e))
local ok2, e2 = pcall(function() error(12) end)
print(ok2, e2, type(e2))
local ok3, e3 = pcall(function() error("12") end)
print(ok3, e3)
local ok4, e4 = pcall(function() local x = nil; error(x) end)
print(ok4, e4)
