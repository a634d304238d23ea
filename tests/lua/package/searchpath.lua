-- package.searchpath reports every file it tried.
print(package.searchpath("a.b.c", "/nonexistent/?.lua;/nowhere/?/init.lua"))
print(package.searchpath("x_y", "/nonexistent/?.so", "_", "-"))
print(package.searchpath("m", ""))
print(pcall(package.searchpath))
