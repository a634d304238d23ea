-- Modules live in modules/ beside this script.
local dir, unprefix = dofile((arg[0]:match("^.*/") or "") .. "support/modpath.lua")
local a = require("counter")
local b = require("counter")
print(a == b, a.loads, count)
package.loaded.counter = nil
local c = require("counter")
print(c == a, c.loads, count)
