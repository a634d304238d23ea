-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
local ok, err = pcall(require, "missing.module")
print(ok)
print(unprefix(err))
