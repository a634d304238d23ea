-- string.byte, string.char and string.sub with positive/negative indices
local s = "Hello, Lua"
print(s:byte(), s:byte(1), s:byte(-1), s:byte(100))
print(s:byte(1, 3))
print(s:byte(-3, -1))
print(select("#", s:byte(5, 4)))
print(string.char(72, 105, 33), string.char(), #string.char(0, 0))
print(s:sub(1, 5), s:sub(8), s:sub(-3), s:sub(-100, 2), s:sub(3, -3))
print(s:sub(0), s:sub(5, 1) == "", s:sub(-1, -1))
local rev = {}
for i = #s, 1, -1 do rev[#rev + 1] = s:sub(i, i) end
print(table.concat(rev))
local codes = {s:byte(1, -1)}
print(#codes, string.char(unpack(codes)) == s)
local upper = {}
for i = 1, #s do
  local b = s:byte(i)
  if b >= 97 and b <= 122 then b = b - 32 end
  upper[i] = string.char(b)
end
print(table.concat(upper))
