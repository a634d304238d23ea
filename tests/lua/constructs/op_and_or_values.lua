-- and/or return one of their operands
print(nil and 1, false and 1, 0 and 1, "" and "x")
print(nil or 1, false or nil, nil or false, 0 or 1)
print(1 and nil, 1 and false, false and nil)
local t = {}
print((t and "t") or "none", (nil and "t") or "none")
local x = nil
local y = x or "default"
print(y)
local z = false
print(z or "was false", z == false and "exact" or "no")
local function f() return nil, 2 end
print(f() or "fallback", (f()) or 3)
print(1 and 2 and 3, nil or false or 4, 1 and nil or 5)
local a, b = 5, 7
print(a > b and a or b, a < b and a or b)
