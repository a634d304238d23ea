-- loop conditions built from function calls and and/or
local data = {3, 8, 1, 9, 4, 7}
local i = 1
while data[i] and data[i] ~= 9 do i = i + 1 end
print("found 9 at", i)
local function has_more(s, pos) return pos <= #s and s:sub(pos, pos) ~= "." end
local s, pos = "abc.def", 1
while has_more(s, pos) do pos = pos + 1 end
print(s:sub(1, pos - 1))
local a, b = 0, 10
while not (a >= b) do a, b = a + 2, b - 1 end
print(a, b)
local x = 100
repeat x = math.floor(x / 3) until x < 5 or x % 2 == 0
print(x)
local count = 0
for k = 1, 20 do if k % 3 == 0 and k % 2 ~= 0 or k == 20 then count = count + 1 end end
print(count)
