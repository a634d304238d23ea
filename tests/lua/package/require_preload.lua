-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
package.preload.virtual = function(name) return { from = "preload", name = name } end
local v = require("virtual")
print(v.from, v.name, package.loaded.virtual == v)
package.preload.bad = 42
local ok, err = pcall(require, "bad")
print(ok, unprefix(err))
