-- decimal integer literals and their printing
print(0, 1, 42, 123456789)
print(007, 0010)
print(2147483647, 2147483648, 4294967296)
print(-1, -2147483648)
print(9007199254740992, 9007199254740993)
print(100000000000000)
print(type(42), type(-0))
local big = 123456789012
print(big, big + 1)
