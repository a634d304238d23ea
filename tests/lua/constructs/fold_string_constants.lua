-- constant string expressions and number-to-string conversion in folding
print("a" .. "b" .. "c", "x" .. 1, 1 .. "x", 1 .. 2)
print(1.5 .. "", -0.0 .. "", 1e300 * 1e300 .. "", 2^63 .. "")
print(#("abc" .. "def"), #"" .. "", ("a" .. "b"):rep(2))
print("10" + 0 .. "", "3" * "4" .. "!", 0x10 .. "")
print(("%d"):format(3) .. ("%x"):format(255))
print("a" < "b" .. "", "" .. 1 == "1")
local s = "pre" .. "fix" .. 1 + 2 .. "suffix"
print(s)
