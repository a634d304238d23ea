-- comparison results combined with parentheses and equality
local a, b, c = 1, 2, 3
print((a < b) == (b < c), (a < b) == true)
print(a < b and b < c, a > b or b > c)
print((a == 1) == (b == 2), (a ~= 1) == false)
print(pcall(function() return a < b < c end))
print(1 == 1.0, 0 == -0, "1" ~= 1, nil == false)
print(1 <= 1, 2 >= 3, -1 < 0, math.huge > 1e308)
local t1, t2 = {}, {}
print(t1 == t1, t1 == t2, t1 ~= t2)
local f = function() end
print(f == f, print == print, type == print)
print(0/0 == 0/0, 0/0 < 0/0, 0/0 >= 0/0, not (0/0 > 1))
