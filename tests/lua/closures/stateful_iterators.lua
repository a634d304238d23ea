-- iterator factories built from closures
local function range(n, step)
  local i = 0
  return function()
    i = i + (step or 1)
    if i <= n then return i end
  end
end
local got = {}
for v in range(5) do got[#got + 1] = v end
print(table.concat(got, ","))
got = {}
for v in range(10, 3) do got[#got + 1] = v end
print(table.concat(got, ","))
local function chars(s)
  local pos = 0
  return function()
    pos = pos + 1
    if pos <= #s then return pos, s:sub(pos, pos) end
  end
end
for i, c in chars("abc") do print(i, c) end
local it = range(2)
print(it(), it(), it(), it())
