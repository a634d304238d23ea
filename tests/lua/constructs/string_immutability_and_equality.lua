-- strings are values: equality by content, immutability, as table keys
local a = "hello"
local b = "hel" .. "lo"
local c = ("hello"):sub(1)
print(a == b, a == c, rawequal(a, b))
local t = {}
t[a] = 1
t[b] = (t[b] or 0) + 1
print(t.hello, t["hel" .. "lo"])
local s = "abc"
local s2 = s
s = s .. "d"
print(s, s2)
print(#"", "" == "", ("x"):rep(0) == "")
local k1, k2 = "1", 1
t[k1], t[k2] = "string key", "number key"
print(t["1"], t[1])
print(type("a" .. "b"), ("abc") < ("abd"))
