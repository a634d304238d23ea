-- while loops, including zero-iteration and break
local i, sum = 1, 0
while i <= 10 do sum = sum + i; i = i + 1 end
print(sum, i)
while false do print("never") end
local n = 27
local steps = 0
while n ~= 1 do
  if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end
  steps = steps + 1
end
print("collatz steps", steps)
local k = 0
while true do
  k = k + 1
  if k >= 5 then break end
end
print(k)
