-- tostring / concatenation formatting of numbers (%.14g)
local vals = {1, -1, 0.5, 100, 1e3, 12.0, 1/3, 3.14159265358979323, 1e20, 1e-20, 255, 2^40}
local out = {}
for i = 1, #vals do out[#out + 1] = tostring(vals[i]) end
print(table.concat(out, " "))
print(1 .. "", 1.0 .. "", 1.25 .. "", -0.0 .. "")
print(10 / 5 .. "", 7 % 3 .. "x")
print(("%s|%s"):format(1e15, 123456789012345678))
