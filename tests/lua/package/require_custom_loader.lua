-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
table.insert(package.loaders, 2, function(name)
  if name == "generated" then
    return function(n) return "made " .. n end
  end
  return "\n\tno generated module '" .. name .. "'"
end)
print(require("generated"))
local ok, err = pcall(require, "nothing")
print(ok, unprefix(err))
