-- string.rep and concatenation in loops
print(string.rep("ab", 3), string.rep("x", 0), string.rep("", 5) == "", string.rep("z", -1) == "")
print(#string.rep("abc", 1000))
local s = ""
for i = 1, 10 do s = s .. i end
print(s, #s)
local parts = {}
for i = 1, 5 do parts[#parts + 1] = string.rep(tostring(i), i) end
print(table.concat(parts, "/"))
local line = "+" .. ("-"):rep(8) .. "+"
print(line)
print("|" .. (" "):rep(3) .. "hi" .. (" "):rep(3) .. "|")
print(line)
local acc = {}
for i = 1, 3 do acc[i] = ("%d:%s"):format(i, ("*"):rep(i)) end
print(table.concat(acc, " "))
