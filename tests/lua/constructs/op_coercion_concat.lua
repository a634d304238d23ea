-- number to string coercion in concatenation
print(1 .. 2, 1 .. "", "" .. 2)
print(1.5 .. "|", 10 / 2 .. "|", 2^53 .. "|")
print(-1 .. -2)
print(0.1 .. "", 1e100 .. "", 1/0 .. "")
print(type(1 .. 2), #(123 .. 456))
local n = 42
print("n=" .. n, n .. "=n")
print(pcall(function() return "a" .. {} end))
print(pcall(function() return "a" .. true end))
print(table.concat({1, 2.5, "x", 3}, "-"))
