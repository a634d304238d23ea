-- numeric literal forms
print(0x10, 0xff, 0XAbC, 0x0)
print(0x7fffffff, 0xffffffff, 0x100000000)
print(1e0, 1E1, 1e+2, 1e-1, 2.5e3)
print(.5, 5., 3.0, 0.0)
print(0x1p4, 0x.8p1, 0xA.8p0)
print(1e15, 1e-15, 12e-1)
print(007, 1.50, 0x00F)
