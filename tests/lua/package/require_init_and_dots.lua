-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
local deep = require("deep")
print(deep.name, deep.arg)
print(require("deep.child"))
