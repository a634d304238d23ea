-- integer-valued float keys are the same as integer keys
local t = {}
t[1.0] = "one"
t[2] = "two"
print(t[1], t[2.0], #t)
t[2 ^ 1] = "two again"
print(t[2])
t[3 / 3 + 2] = "three"
print(t[3], #t)
t[1.5] = "frac"
print(t[1.5], t[3 / 2], #t)
local k = 0.1 + 0.2
t[k] = "approx"
print(t[0.3], t[k])
local n = 0
for key in pairs({[1] = 1, [1.0] = 2, [2] = 3}) do n = n + 1 end
print(n, ({[1] = "a", [1.0] = "b"})[1])
t["1"] = "string key"
print(t[1], t["1"])
