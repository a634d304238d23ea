-- Modules live in modules/ beside this script.
local dir = arg and arg[0] or ""
local cut = 0
for i = 1, #dir do if dir:byte(i) == 47 then cut = i end end
dir = dir:sub(1, cut)
package.path = dir .. "modules/?.lua;" .. dir .. "modules/?/init.lua"
package.cpath = ""
local function unprefix(s)
  s = tostring(s)
  if dir == "" then return s end
  local out, i = {}, 1
  while i <= #s do
    if s:sub(i, i + #dir - 1) == dir then i = i + #dir else out[#out + 1] = s:sub(i, i); i = i + 1 end
  end
  return table.concat(out)
end
require("old_style")
print(old_style.twice(21), old_style.version, old_style._NAME, old_style._PACKAGE, old_style._M == old_style)
require("nested_mod")
print(a.b.nested.f(), a.b.nested._NAME, a.b.nested._PACKAGE)
