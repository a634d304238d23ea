-- empty matches advance by one position
local out = {}
for w in string.gmatch("abc", "x*") do out[#out + 1] = "[" .. w .. "]" end
print(#out, table.concat(out))
out = {}
for w in string.gmatch("abc", "") do out[#out + 1] = "[" .. w .. "]" end
print(#out, table.concat(out))
out = {}
for w in string.gmatch("aab", "a*") do out[#out + 1] = "[" .. w .. "]" end
print(#out, table.concat(out))
out = {}
for p in string.gmatch("abc", "()") do out[#out + 1] = p end
print(#out, table.concat(out, ","))
out = {}
for w in string.gmatch("", ".-") do out[#out + 1] = "[" .. w .. "]" end
print(#out, table.concat(out))
out = {}
for w in string.gmatch("a1b22", "%d*") do out[#out + 1] = "[" .. w .. "]" end
print(#out, table.concat(out))
