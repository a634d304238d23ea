-- printing fractional values with 14 significant digits
print(0.1, 0.2, 0.1 + 0.2)
print(1 / 3, 2 / 3, 10 / 3)
print(3.14159265358979, math.pi, -math.pi)
print(1.5, 0.5, 0.25, 0.125)
print(1e-5, 1e-4, 0.001, 123e-7)
print(100.5, 1234.5678, 99.999999999999999)
print(1 - 1e-15, 1 + 1e-14, 0.1 * 3)
