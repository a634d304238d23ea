-- tonumber with explicit bases 2..36
print(tonumber("101", 2), tonumber("777", 8), tonumber("ff", 16), tonumber("FF", 16))
print(tonumber("z", 36), tonumber("Z", 36), tonumber("10", 36), tonumber("zz", 36))
print(tonumber("12", 3), tonumber("2", 2), tonumber("9", 9), tonumber("8", 9))
for base = 2, 36, 5 do
  print(base, tonumber("11", base), tonumber("10", base))
end
print(tonumber("  1010  ", 2), tonumber("-ff", 16), tonumber("1.5", 10))
print(tonumber("", 10), tonumber(" ", 16), tonumber("0x10", 16), tonumber("10", 10))
print(tonumber(15, 16), tonumber(10, 2))
