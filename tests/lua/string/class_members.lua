-- which of the 256 bytes each class matches (count and byte sum)
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local all = table.concat(parts)
for _, c in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
  local lower, upper = all:gsub("[^%" .. c .. "]", ""), all:gsub("%" .. c, "")
  local sum = 0
  for i = 1, #lower do sum = sum + lower:byte(i) end
  print("%" .. c, #lower, sum, #upper, #lower + #upper)
end
