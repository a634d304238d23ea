-- assigning to the loop variable does not affect iteration
local seen = {}
for i = 1, 5 do
  seen[#seen + 1] = i
  i = i * 100
  seen[#seen + 1] = i
end
print(table.concat(seen, " "))
local limit = 3
local n = 0
for i = 1, limit do limit = 10; n = n + 1 end
print(n, limit)
local step = 1
local m = 0
for i = 1, 6, step do step = 3; m = m + 1 end
print(m)
local t = {"a", "b", "c"}
local out = {}
for i, v in ipairs(t) do v = v:rep(2); i = i + 10; out[#out + 1] = i .. v end
print(table.concat(out, " "), table.concat(t, ""))
