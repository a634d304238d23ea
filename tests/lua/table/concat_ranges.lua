-- table.concat over explicit ranges
local t = {"a", "b", "c", "d", "e"}
print(table.concat(t, ",", 2), table.concat(t, ",", 2, 4), table.concat(t, ",", 5, 5))
print("[" .. table.concat(t, ",", 4, 2) .. "]", "[" .. table.concat(t, ",", 6) .. "]", "[" .. table.concat(t, ",", 1, 0) .. "]")
print(table.concat(t, ",", 1, 5), table.concat(t, "", 3), table.concat(t, "-", 2.0, 3.0))
print(table.concat(t, ",", "2", "3"))
local z = {[0] = "zero", [-1] = "neg", "one"}
print(table.concat(z, ",", -1, 1), table.concat(z, ",", 0, 0))
print(pcall(table.concat, t, ",", 1, 6))
print(pcall(table.concat, t, ",", 0))
print(pcall(table.concat, t, ",", "x"))
