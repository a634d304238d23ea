-- in gmatch a leading ^ is not an anchor: LuaJIT matches it literally
local out = {}
for w in string.gmatch("^a^b^c", "^.") do out[#out + 1] = w end
print(#out, table.concat(out, ","))
out = {}
for w in string.gmatch("abc", "^.") do out[#out + 1] = w end
print(#out, table.concat(out, ","))
out = {}
for w in string.gmatch("abc", ".$") do out[#out + 1] = w end
print(#out, table.concat(out, ","))
out = {}
for w in string.gmatch("hello", "^") do out[#out + 1] = "[" .. w .. "]" end
print(#out, table.concat(out))
