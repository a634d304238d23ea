-- upper-case classes are complements of the lower-case ones
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local all = table.concat(parts)
for _, c in ipairs({"a", "c", "d", "l", "p", "s", "u", "w", "x", "z"}) do
  local up = c:upper()
  local _, n1 = all:gsub("%" .. c, "")
  local _, n2 = all:gsub("%" .. up, "")
  local _, n3 = all:gsub("[%" .. up .. "]", "")
  local _, n4 = all:gsub("[^%" .. c .. "]", "")
  print(c, n1, up, n2, n3, n4, n1 + n2)
end
