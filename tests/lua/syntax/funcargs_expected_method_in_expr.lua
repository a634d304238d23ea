-- method reference used as a value
local m = obj:method
print(m)
