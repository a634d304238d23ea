-- the same seed gives the same sequence (compared, never printed)
local function draw(seed)
  math.randomseed(seed)
  local t = {}
  for i = 1, 50 do t[i] = math.random(1000) end
  t[51] = math.random()
  return t
end
local function same(a, b)
  for i = 1, #a do if a[i] ~= b[i] then return false end end
  return #a == #b
end
local a, b, c = draw(7), draw(7), draw(8)
print(#a, same(a, b), same(a, c))
print(same(draw(1.5), draw(1.5)), same(draw("3"), draw(3)))
print(same(draw(0), draw(0)), same(draw(-1), draw(-1)))
