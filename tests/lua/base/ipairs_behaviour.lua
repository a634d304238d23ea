-- ipairs stops at the first nil and ignores hash keys
local t = {10, 20, nil, 40, x = "hash"}
for i, v in ipairs(t) do print(i, v) end
local count = 0
for i, v in ipairs({}) do count = count + 1 end
print("empty", count)
local z = {[0] = "zero", [1] = "one", [2] = "two"}
for i, v in ipairs(z) do print(i, v) end
local f, s, i0 = ipairs(t)
print(type(f), s == t, i0)
print(f(t, 0))
print(f(t, 1))
print(f(t, 2))
local grow = {1}
for i, v in ipairs(grow) do
  if i < 4 then grow[i + 1] = v * 2 end
  print("grow", i, v)
end
