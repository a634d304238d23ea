-- next on empty tables and walking arrays manually
print(next({}))
print(next({}, nil))
print(next({"a"}))
print(next({"a"}, 1))
local t = {5, 6, 7}
local k, v = next(t)
local got = {}
while k do
  got[#got + 1] = k .. "=" .. v
  k, v = next(t, k)
end
print(table.concat(got, " "))
local one = {only = true}
print(next(one))
print(next(one, "only"))
print(rawequal(next, pairs({})))
