-- sieve of Eratosthenes
local function sieve(n)
  local composite = {}
  local primes = {}
  for i = 2, n do
    if not composite[i] then
      primes[#primes + 1] = i
      for j = i * i, n, i do composite[j] = true end
    end
  end
  return primes
end
local p = sieve(100)
print(#p, table.concat(p, " "))
local big = sieve(10000)
print(#big, big[#big], big[1000])
local sum = 0
for _, v in ipairs(big) do sum = sum + v end
print(sum)
local twins = 0
for i = 2, #big do if big[i] - big[i - 1] == 2 then twins = twins + 1 end end
print("twin pairs", twins)
