-- the printable members of the small classes, listed
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local all = table.concat(parts)
print((all:gsub("[^%d]", "")))
print((all:gsub("[^%x]", "")))
print((all:gsub("[^%u]", "")))
print((all:gsub("[^%l]", "")))
print((all:gsub("[^%p]", "")))
local sp = {}
for c in all:gmatch("%s") do sp[#sp + 1] = string.format("%02x", c:byte()) end
print(table.concat(sp, " "))
local ctl = {}
for c in all:gmatch("%c") do ctl[#ctl + 1] = string.format("%02x", c:byte()) end
print(#ctl, ctl[1], ctl[32], ctl[33])
local z = {}
for c in all:gmatch("%z") do z[#z + 1] = string.format("%02x", c:byte()) end
print(table.concat(z, " "))
