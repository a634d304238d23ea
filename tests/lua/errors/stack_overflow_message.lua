-- stack overflow message checked without patterns
local function deep(t) return deep({t}) + 0 end
local ok, e = pcall(deep, {})
print(ok, type(e))
local tail = string.sub(e, -14)
print(tail, tail == "stack overflow")
local function mutual_a(n) return 1 + mutual_b(n) end
function mutual_b(n) return 1 + mutual_a(n) end
ok, e = pcall(mutual_a, 0)
print(ok, string.sub(e, -14))
