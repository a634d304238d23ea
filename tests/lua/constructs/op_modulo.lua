-- % with negative operands and floats: a % b == a - floor(a/b)*b
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(6 % 3, -6 % 3, 6 % -3)
print(5.5 % 2, -5.5 % 2, 5.5 % -2)
print(0.3 % 0.1 < 0.1, 1 % 0.25)
print(3 % math.huge, -3 % math.huge, 3 % -math.huge)
print(tostring(5 % 0), tostring(-5 % 0) == tostring(5 % 0))
local a, b = -13, 4
print(a % b, a - math.floor(a / b) * b)
print(2^53 % 2, 1e15 % 7)
local r = {}
for _, v in ipairs({-2, -1, 0, 1, 2}) do r[#r + 1] = v % 2 end
print(table.concat(r, " "))
