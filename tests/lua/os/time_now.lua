local t = os.time()
print(type(t), t > 1.6e9, math.floor(t) == t)
print(os.time(nil) >= t, os.date("*t").year >= 2024)
