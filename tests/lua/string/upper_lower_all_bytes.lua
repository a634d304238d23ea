-- upper and lower over every byte value: only ASCII letters change
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local all = table.concat(parts)
local up, low = all:upper(), all:lower()
print(#up, #low)
local function sum(s)
  local n = 0
  for i = 1, #s do n = n + s:byte(i) end
  return n
end
print(sum(all), sum(up), sum(low))
local changed = {}
for i = 1, 256 do
  if up:byte(i) ~= all:byte(i) then changed[#changed + 1] = string.format("%02x>%02x", i - 1, up:byte(i)) end
end
print("upper", #changed, table.concat(changed, " "))
changed = {}
for i = 1, 256 do
  if low:byte(i) ~= all:byte(i) then changed[#changed + 1] = string.format("%02x>%02x", i - 1, low:byte(i)) end
end
print("lower", #changed, table.concat(changed, " "))
print(up:sub(129, 136):byte(1, -1))
