-- %i is %d; %u prints the unsigned 64-bit view
print(string.format("%i %i %i", 0, 12, -12))
print(string.format("%5i|%-5i|%05i|%+i", 3, 3, 3, 3))
print(string.format("%u %u %u", 0, 12, 4294967295))
print(string.format("%u", -1), string.format("%u", -2 ^ 63))
print(string.format("%u", 2 ^ 53), string.format("%u", 2 ^ 63))
print(string.format("%10u|%-10u|%010u", 77, 77, 77))
print(string.format("%i %u", 3.99, 3.99), string.format("%i %u", -3.99, -0.5))
print(string.format("%i", "42"), string.format("%u", " 0x10 "))
