-- loop control variables are local to the loop body
i = "global i"
for i = 1, 2 do end
print(i)
k, v = "gk", "gv"
for k, v in pairs({a = 1}) do end
print(k, v)
local outer = "outer"
for outer = 1, 1 do print("inside", outer) end
print(outer)
local n = 0
while n < 2 do local inside_while = n; n = n + 1 end
print(inside_while, n)
repeat local r = 1 until r == 1
print(r)
