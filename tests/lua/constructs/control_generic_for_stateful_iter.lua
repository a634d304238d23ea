-- stateful iterators implemented with closures
local function counter(n)
  local i = 0
  return function()
    i = i + 1
    if i <= n then return i end
  end
end
local got = {}
for v in counter(4) do got[#got + 1] = v end
print(table.concat(got, ","))
local function words(s)
  local pos = 1
  return function()
    while pos <= #s and s:sub(pos, pos) == " " do pos = pos + 1 end
    if pos > #s then return nil end
    local start = pos
    while pos <= #s and s:sub(pos, pos) ~= " " do pos = pos + 1 end
    return s:sub(start, pos - 1), start
  end
end
for w, at in words("  the quick  brown fox ") do print(w, at) end
local function fib_iter(max)
  local a, b = 0, 1
  return function() a, b = b, a + b; if a <= max then return a end end
end
local f = {}
for v in fib_iter(100) do f[#f + 1] = v end
print(table.concat(f, " "))
