-- numbers converted to strings by concatenation
print(1 .. "", 1.5 .. "", -0 .. "", 1e100 .. "")
print(10 / 2 .. "", 2 ^ 53 .. "", 1 / 3 .. "")
print(0.1 .. "|" .. 1e-10 .. "|" .. 123456789012345 .. "|")
print((1 / 0) .. "", (-1 / 0) .. "", 255 .. "" == "255")
print(1 .. 2, 1.0 .. 2.0, -1 .. -2)
local t = {}
for i = 1, 5 do t[#t + 1] = i / 2 .. "" end
print(table.concat(t, " "))
print(#(12345 .. ""), #(0.5 .. ""), #(1e20 .. ""))
