-- iterating with next directly
local t = {10, 20, 30}
local k, v = next(t)
local sum, n = 0, 0
while k do
  sum, n = sum + v, n + 1
  k, v = next(t, k)
end
print(sum, n)
print(next({}), next({}, nil))
local single = {only = "value"}
print(next(single))
print(next(single, "only"))
local function isempty(tbl) return next(tbl) == nil end
print(isempty({}), isempty({false}), isempty({nil}))
local h = {a = 1, b = 2, c = 3}
for key in pairs(h) do h[key] = nil end
print(next(h))
