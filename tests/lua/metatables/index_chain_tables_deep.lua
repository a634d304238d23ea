-- __index chain of tables six levels deep
local levels = {}
local prev = {level0 = "root value", shared = "from root"}
levels[0] = prev
for i = 1, 6 do
  local t = {["level" .. i] = "value " .. i, shared = (i % 2 == 0) and ("even " .. i) or nil}
  setmetatable(t, {__index = prev})
  levels[i] = t
  prev = t
end
local top = levels[6]
for i = 0, 6 do print(i, top["level" .. i]) end
print(top.shared, levels[5].shared, levels[1].shared)
print(top.missing, rawget(top, "level0"))
levels[0].level0 = "changed"
print(top.level0)
