-- random numbers stay inside their ranges (values are never printed)
math.randomseed(42)
local ok = true
for i = 1, 2000 do
  local r = math.random()
  if not (r >= 0 and r < 1) then ok = false end
end
print("random()", ok)
local seen, bad = {}, 0
for i = 1, 2000 do
  local r = math.random(5)
  if r < 1 or r > 5 or r ~= math.floor(r) then bad = bad + 1 end
  seen[r] = true
end
print("random(5)", bad, seen[1], seen[2], seen[3], seen[4], seen[5])
bad = 0
for i = 1, 2000 do
  local r = math.random(-3, 3)
  if r < -3 or r > 3 or r ~= math.floor(r) then bad = bad + 1 end
end
print("random(-3, 3)", bad)
print(math.random(3, 3), math.random(1), math.random(-7, -7), math.random(0, 0))
bad = 0
for i = 1, 500 do
  local r = math.random(2 ^ 40)
  if r < 1 or r > 2 ^ 40 or r ~= math.floor(r) then bad = bad + 1 end
end
print("random(2^40)", bad)
