print(os.difftime(10, 5), os.difftime(10), os.difftime(5, 10), os.difftime(10.7, 5.2))
print(os.difftime("20", "5"), os.difftime(2^40, 0))
print(pcall(os.difftime))
print(pcall(os.difftime, 1, {}))
