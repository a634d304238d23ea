-- record-style and [expr]= constructors
local t = {x = 1, y = 2, ["z"] = 3, ["with space"] = 4}
print(t.x, t.y, t.z, t["with space"])
local k = "dyn"
local u = {[k] = "v", [k .. "2"] = "v2", [1 + 1] = "two", [true] = "yes"}
print(u.dyn, u.dyn2, u[2], u[true])
local f = function() end
local keyed = {[f] = "func key"}
print(keyed[f])
local keys = {}
for key in pairs({b = 1, a = 2, c = 3}) do keys[#keys + 1] = key end
table.sort(keys)
print(table.concat(keys, ","))
local n = {[1.5] = "float", [-1] = "neg", [0] = "zero"}
print(n[1.5], n[-1], n[0], #n)
