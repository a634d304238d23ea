-- float keys with integer values are the same key as the integer
local t = {}
t[1] = "int"
print(t[1.0], t[1])
t[2.0] = "float two"
print(t[2], #t)
t[2^53] = "big"
print(t[2^53], t[9007199254740992])
t[0.5] = "half"
print(t[0.5], t[1 / 2])
local u = {[1.0] = "a", [2] = "b"}
print(#u, u[1], u[2.0])
t["1"] = "string one"
print(t[1], t["1"], t[tonumber("1")])
t[-0] = "neg zero"
print(t[0], t[-0])
print(pcall(function() t[0/0] = 1 end))
print(t[0/0], rawget(t, 0/0))
