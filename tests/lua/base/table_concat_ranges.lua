-- table.concat with separators and i/j ranges
local t = {1, "two", 3.5, "four"}
print(table.concat(t))
print(table.concat(t, ", "))
print(table.concat(t, "-", 2))
print(table.concat(t, "-", 2, 3))
print("[" .. table.concat(t, "-", 3, 2) .. "]")
print("[" .. table.concat({}) .. "]")
print(table.concat({"solo"}, "sep"))
print(table.concat(t, "", 4, 4))
print(table.concat({1, 2, 3}, 0))
print(table.concat({"a", "b"}, "\n"))
print(table.concat({10, 20, 30}, ", ", 1, 2))
