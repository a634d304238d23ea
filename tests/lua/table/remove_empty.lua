-- removing from an empty table returns nothing
local t = {}
print(select("#", table.remove(t)), table.remove(t))
print(select("#", table.remove(t, 1)))
print(select("#", table.remove(t, 0)), table.remove(t, 0))
print(select("#", table.remove({}, 5)))
local z = {[0] = "zero"}
print(table.remove(z), z[0])
print(table.remove(z, 0), z[0])
print(#t, next(t))
