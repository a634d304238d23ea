-- assert passes through all arguments when the first is truthy
print(assert(1))
print(assert(1, "msg"))
print(assert(0, nil, false, "x"))
print(select("#", assert(true, nil, nil, nil)))
print(assert(""), assert({}) ~= nil)
local a, b, c = assert("x", "y", "z")
print(a, b, c)
local function many() return 1, 2, 3 end
print(assert(many()))
print(pcall(assert, false, "m", "extra"))
print(pcall(assert, nil, nil))
