-- equality never coerces between types
print(1 == 1, 1 == 1.0, "1" == 1, 1 ~= "1")
print(nil == nil, nil == false, false == false, true ~= false)
print("abc" == "abc", "abc" == "ABC")
local t, u = {}, {}
print(t == t, t == u, t ~= u)
local f1 = function() end
local f2 = f1
print(f1 == f2, f1 == function() end)
print(0 == -0, 1/0 == math.huge, -(1/0) == -math.huge)
print(type(nil) == "nil", type(type) == "function")
local vals = {1, "1", true, "true"}
local out = {}
for i = 1, #vals do
  for j = 1, #vals do out[#out + 1] = (vals[i] == vals[j]) and "1" or "0" end
end
print(table.concat(out))
