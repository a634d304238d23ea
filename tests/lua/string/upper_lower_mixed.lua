-- upper and lower on mixed text, numbers and method syntax
print(("Hello, World! 123"):upper(), ("Hello, World! 123"):lower())
print(string.upper("ÄäÖö"):byte(1, -1))
print(string.lower("a\0B\0c"):byte(1, -1))
print(string.upper(1e3), string.lower(-12.5), string.upper(0x10))
print(("MiXeD"):lower():upper(), (""):upper() == "")
print(pcall(string.upper))
print(pcall(string.lower, {}))
print(pcall(string.lower, true))
