-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
local function show(ok, err) print(ok, unprefix(err)) end
show(pcall(require, "broken"))
show(pcall(require, "raises"))
show(pcall(require, "raises"))
show(pcall(require, "loop_a"))
print(pcall(require))
print(pcall(require, {}))
