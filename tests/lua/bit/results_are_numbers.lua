local out = {}
for _, v in ipairs{bit.tobit(7), bit.band(3, 1), bit.lshift(1, 4), bit.bswap(1)} do
  out[#out + 1] = type(v) .. " " .. (math.floor(v) == v and "int" or "frac")
end
print(table.concat(out, ", "))
print(bit.tobit(-0.0), 1 / bit.tobit(-0.0), bit.band(0x7fffffff, -1) + 1)
