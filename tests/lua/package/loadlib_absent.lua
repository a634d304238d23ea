-- No C libraries can be loaded.
local f, err, kind = package.loadlib("/nonexistent/lib.so", "luaopen_x")
print(f, kind)
print(type(err))
