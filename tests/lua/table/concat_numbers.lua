-- numbers are converted like tostring; other values are errors
print(table.concat({1, 2, 3}, ","))
print(table.concat({1.5, -0.0, 1e100, 2 ^ 53, 1 / 3}, " "))
print(table.concat({"a", 1, "b", 2}))
print(table.concat({1 / 0, -1 / 0}, ","))
print(table.concat({0.1, 100, 1e15, 1e16}, ";"))
