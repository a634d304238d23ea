-- select with '#', positive and negative indices
print(select("#"))
print(select("#", nil))
print(select("#", nil, nil, nil))
print(select("#", 1, nil))
print(select(1, "a", "b", "c"))
print(select(2, "a", "b", "c"))
print(select(3, "a", "b", "c"))
print(select(4, "a", "b", "c"))
print(select(-1, "a", "b", "c"))
print(select(-2, "a", "b", "c"))
print(select(-3, "a", "b", "c"))
local function last(...) return (select(-1, ...)) end
print(last(1, 2, 3), last("only"))
local function count(...) return select("#", ...) end
print(count(), count(nil), count(unpack({1, 2, nil, 4}, 1, 4)))
