-- a bare name followed by another statement
x
print(1)
