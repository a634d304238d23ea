-- LuaJIT 2.1 checks only that the arguments are numbers: empty intervals and
-- extra arguments are accepted (only shapes are printed, never values)
local function within(f, lo, hi)
  for i = 1, 200 do
    local r = f()
    if r < lo or r > hi or r ~= math.floor(r) then return false end
  end
  return true
end
print(pcall(math.random, 0))
print(pcall(math.random, -1))
print(within(function() return math.random(5, 1) end, 2, 4))
print(within(function() return math.random(1, 2, 3) end, 1, 2))
print(within(function() return math.random(10, 0) end, 1, 9))
print(pcall(math.random, "x"))
print(pcall(math.random, 1, "x"))
print(pcall(math.random, nil))
print(pcall(function() local r = math.random({}) return r end))
print(within(function() return math.random(1.5) end, 1, 2), within(function() return math.random(1, 1.9) end, 1, 2))
print(pcall(math.randomseed))
print(pcall(math.randomseed, "x"))
print(select("#", math.randomseed(1)))
