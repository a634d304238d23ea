-- a number cannot be assigned to
1 = 2
