-- string.reverse on bytes, zeros, numbers
print(("abc"):reverse(), ("a"):reverse(), "[" .. (""):reverse() .. "]")
print(string.reverse("hello world"), ("racecar"):reverse() == "racecar")
print(("a\0b\1c"):reverse():byte(1, -1))
print(string.reverse(12345), string.reverse(1.5))
local parts = {}
for i = 0, 255 do parts[#parts + 1] = string.char(i) end
local all = table.concat(parts)
local r = all:reverse()
print(#r, r:byte(1), r:byte(256), r:reverse() == all)
print(pcall(string.reverse))
print(pcall(string.reverse, nil))
