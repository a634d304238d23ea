-- '..' followed by ')'
print("a" ..)
