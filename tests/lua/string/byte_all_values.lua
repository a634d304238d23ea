-- every byte value survives char then byte
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local all = table.concat(parts)
print(#all)
local sum, mismatches = 0, 0
for i = 1, #all do
  local b = all:byte(i)
  sum = sum + b
  if b ~= i - 1 then mismatches = mismatches + 1 end
end
print(sum, mismatches)
local a, b, c, d = all:byte(254, 257)
print(a, b, c, d)
print(select("#", all:byte(1, -1)))
print(all:byte(-1), all:byte(-256), all:byte(-257))
