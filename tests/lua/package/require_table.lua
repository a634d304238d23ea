-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
local greet = require("greet")
print(greet.hello("world"), greet.loaded_as)
print(require("greet") == greet, package.loaded.greet == greet)
