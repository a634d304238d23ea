-- each numeric for iteration gets a fresh loop variable
local fns = {}
for i = 1, 5 do
  fns[i] = function() return i end
end
local out = {}
for i = 1, 5 do out[i] = fns[i]() end
print(table.concat(out, " "))
local pairsFns = {}
for i = 10, 1, -3 do
  local j = i * 2
  pairsFns[#pairsFns + 1] = function() return i .. ":" .. j end
end
for k = 1, #pairsFns do print(pairsFns[k]()) end
