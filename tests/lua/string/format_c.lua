-- %c turns a number into one byte
print(string.format("%c%c%c", 76, 117, 97))
print(string.format("%c", 0):byte(), #string.format("%c", 0))
print(string.format("%c", 255):byte(), string.format("%c", 256):byte(), string.format("%c", -1):byte())
print(string.format("%c", 65.9), string.format("%c", "66"))
print(string.format("[%3c]", 65), string.format("[%-3c]", 65), string.format("[%03c]", 65))
print(#string.format("%c%c", 0, 0), string.format("a%cb", 0):byte(1, -1))
print(pcall(string.format, "%c", "x"))
print(pcall(string.format, "%c"))
