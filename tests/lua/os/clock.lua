local c = os.clock()
print(type(c), c >= 0)
local x = 0
for i = 1, 1e6 do x = x + i end
print(os.clock() >= c)
