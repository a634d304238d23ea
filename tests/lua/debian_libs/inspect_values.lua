-- Debian's lua-inspect on tables, nesting, cycles and metatables.
local inspect = require("inspect")
print(inspect({ 1, 2, 3 }))
print(inspect({ a = 1, b = { c = "x", d = { 1 } } }))
local cycle = { name = "loop" }
cycle.self = cycle
print(inspect(cycle))
print(inspect(setmetatable({ x = 1 }, { __tostring = function() return "X" end })))
print(inspect("a\nb"), inspect(42), inspect(nil), inspect(true))
print(inspect({ 1, { 2, { 3, { 4 } } } }, { depth = 2 }))
