-- a call in an assignment target list
a, f() = 1, 2
