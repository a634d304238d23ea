-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
print(require("noreturn"), side_effect, package.loaded.noreturn)
print(require("selfstore").stored)
