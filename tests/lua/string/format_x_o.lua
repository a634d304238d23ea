-- %x %X %o with flags
for _, n in ipairs({0, 1, 10, 255, 4096, 65535, 2 ^ 32, 2 ^ 53 - 1}) do
  print(string.format("%x|%X|%o|%#x|%#X|%#o|%8x|%-8X|%08o|%.4x", n, n, n, n, n, n, n, n, n, n))
end
print(string.format("%x %X %o", -1, -255, -8))
print(string.format("%x", 3.7), string.format("%x", -3.7), string.format("%o", 9.9))
print(string.format("%#.3x %#.3o %#08x", 1, 1, 255))
print(string.format("%x", "0x1F"), string.format("%X", "255"))
