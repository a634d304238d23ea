-- Shared by the package scripts: modules live in modules/ beside the script;
-- unprefix strips the script's directory from messages.
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
return dir, unprefix
