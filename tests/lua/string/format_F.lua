-- %F is the upper-case %f
print(string.format("%F|%.2F|%10.3F|%-8.1F|%+F", 1.5, 2.345, -3, 4, 5))
print(string.format("%F %F %F", 1 / 0, -1 / 0, 0 / 0))
print(string.format("%f %f", 1 / 0, -1 / 0))
print(string.format("[%12F] [%-12F] [%012F]", 1 / 0, -1 / 0, 2.5))
