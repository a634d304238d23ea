-- select with positive, negative, and '#' arguments
print(select(1, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
print(select("#"), select("#", nil, nil))
print(pcall(select, 0, "a"))
print(pcall(select, -4, "a", "b", "c"))
print(select(2.0, "x", "y"))
print(select("2", "x", "y"))
local function nth(n, ...) return (select(n, ...)) end
print(nth(2, 10, 20, 30), nth(-1, 10, 20, 30))
