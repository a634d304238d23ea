-- __index fills holes in an array-like table
local t = setmetatable({1, nil, 3}, {__index = function(t, i)
  if type(i) == "number" then return i * 100 end
end})
print(t[1], t[2], t[3], t[4], t.name)
local sum = 0
for i = 1, 5 do sum = sum + t[i] end
print(sum)
local n = 0
for i, v in ipairs(t) do n = n + 1 end
print(n)
local seq = setmetatable({}, {__index = function(t, i)
  if type(i) == "number" and i <= 3 then return "v" .. i end
end})
local got = {}
for i, v in ipairs(seq) do got[#got + 1] = v end
print(#got, table.concat(got, ","))
