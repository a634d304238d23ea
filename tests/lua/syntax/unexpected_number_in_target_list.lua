-- a number in the middle of an assignment target list
a, 1 = 2, 3
