local name = os.tmpname()
print(type(name), name:sub(1, 9))
local f = io and io.open and io.open(name, "r")
if f then f:close() end
local moved = name .. ".moved"
print(os.rename(name, moved))
print(os.remove(name) == nil)
print(os.remove(moved))
print(os.remove(moved) == nil)
