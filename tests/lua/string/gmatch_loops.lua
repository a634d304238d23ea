-- gmatch iterates over successive matches
local words = {}
for w in string.gmatch("the quick  brown fox", "%a+") do words[#words + 1] = w end
print(#words, table.concat(words, ","))
local nums = {}
for n in ("1, 22, 333, -4"):gmatch("-?%d+") do nums[#nums + 1] = tonumber(n) end
print(#nums, nums[1] + nums[2] + nums[3] + nums[4])
local count = 0
for _ in string.gmatch("aaaa", "aa") do count = count + 1 end
print(count)
count = 0
for _ in string.gmatch("", "x") do count = count + 1 end
print(count)
local it = string.gmatch("a b c", "%a")
print(it(), it(), it(), it(), it())
print(type(string.gmatch("x", "x")))
for c in string.gmatch(123, "%d") do print(c) end
print(pcall(string.gmatch))
print(pcall(string.gmatch, "x"))
