-- %q on every byte value, shown as hex so the output stays printable
for start = 0, 255, 32 do
  local parts = {}
  for b = start, start + 31 do
    local q = string.format("%q", string.char(b))
    local hex = {}
    for i = 2, #q - 1 do hex[#hex + 1] = string.format("%02x", q:byte(i)) end
    parts[#parts + 1] = table.concat(hex)
  end
  print(start, table.concat(parts, " "))
end
local all = {}
for b = 0, 255 do all[#all + 1] = string.char(b) end
local s = table.concat(all)
print(loadstring("return " .. string.format("%q", s))() == s)
