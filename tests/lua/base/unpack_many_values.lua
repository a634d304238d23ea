-- unpack and select with a few hundred values
local t = {}
for i = 1, 250 do t[i] = i end
print(select("#", unpack(t)))
local function sum(...)
  local s = 0
  local args = {...}
  for i = 1, #args do s = s + args[i] end
  return s, #args
end
print(sum(unpack(t)))
print(select(250, unpack(t)), select(-3, unpack(t)))
print(math.max(unpack(t)), math.min(unpack(t)))
local s = string.char(unpack({72, 101, 108, 108, 111}))
print(s)
