-- 'return' used as an argument
print(return)
