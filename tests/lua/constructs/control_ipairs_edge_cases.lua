-- ipairs stops at the first nil and ignores hash keys
local t = {1, 2, nil, 4}
local n = 0
for _ in ipairs(t) do n = n + 1 end
print(n)
local h = {[1] = "a", [2] = "b", [4] = "d", x = "x"}
local seen = {}
for i, v in ipairs(h) do seen[#seen + 1] = i .. v end
print(table.concat(seen, " "))
local z = {[0] = "zero", "one"}
for i, v in ipairs(z) do print(i, v) end
local growing = {1}
local iterations = 0
for i, v in ipairs(growing) do
  iterations = iterations + 1
  if i < 5 then growing[i + 1] = v * 2 end
end
print(iterations, table.concat(growing, ","))
for i, v in ipairs({}) do print("never") end
print("done")
