-- every ordered comparison with nan is false
local nan = 0 / 0
local vals = {0, 1, -1, 1 / 0, nan}
for i = 1, #vals do
  local v = vals[i]
  print(tostring(v), nan < v, nan <= v, nan > v, nan >= v, nan == v, nan ~= v)
end
print(not (nan < 1) and not (nan >= 1))
print(math.max(nan, 1) ~= math.max(nan, 1) or math.max(nan, 1) == 1)
local t = {}
print(pcall(function() t[nan] = 1 end))
print(t[nan])
