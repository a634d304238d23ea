-- 'do' inside call arguments
print(do)
