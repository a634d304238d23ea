-- table.concat with and without separators
local t = {"a", "b", "c"}
print(table.concat(t), table.concat(t, ","), table.concat(t, ", "), table.concat(t, ""))
print("[" .. table.concat({}) .. "]", "[" .. table.concat({}, ",") .. "]", table.concat({"x"}, ","))
print(table.concat({"a", "b"}, "\0"):byte(1, -1))
print(table.concat(t, 1), table.concat(t, 2.5))
print(table.concat({"a", "b", "c"}, nil))
local long = {}
for i = 1, 100 do long[i] = "x" end
print(#table.concat(long), #table.concat(long, "--"))
print(table.concat({1, 2, 3}, " + ") .. " = " .. 6)
