-- % follows floored division: a - floor(a/b)*b
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(5.5 % 2, -5.5 % 2, 5.5 % -2)
print(3 % 0.5, 3.2 % 1, -0.5 % 1)
print(0 % 5, 5 % 1, 2 ^ 53 % 2)
print(5 % 0, -5 % 0, 0 % 0)
print(5 % math.huge, -5 % math.huge, 5 % -math.huge)
print(math.huge % 2, (0 / 0) % 2)
print(1e16 % 3, 10 % 3.3)
