-- %q on numbers and other values
print(string.format("%q", 5), string.format("%q", -5), string.format("%q", 1.5))
print(string.format("%q", 1 / 3), string.format("%q", 1e100), string.format("%q", 2 ^ 53))
print(string.format("%q", 1 / 0), string.format("%q", -1 / 0))
print(string.format("%q", nil), string.format("%q", true), string.format("%q", false))
print(string.format("[%10q]", "a"), string.format("[%-10q]", "a"), string.format("[%.1q]", "abc"))
print(pcall(string.format, "%q"))
