-- numbers with infinities, negative zero, and huge magnitudes
local t = {1e308, -1e308, 1 / 0, -1 / 0, 5e-324, -5e-324, 1, -1, 0.5}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local u = {}
for i = 1, 50 do u[i] = (i % 2 == 0 and -1 or 1) * i * 1.5 end
table.sort(u)
print(u[1], u[25], u[26], u[50])
