-- closures in generic for capture per-iteration key/value
local fs = {}
for idx, name in ipairs({"a", "b", "c"}) do
  fs[idx] = function() return idx .. name end
end
print(fs[1](), fs[2](), fs[3]())
local keys = {}
local getters = {}
for k, v in pairs({x = 1, y = 2, z = 3}) do
  keys[#keys + 1] = k
  getters[k] = function() return k .. "=" .. v end
end
table.sort(keys)
for _, k in ipairs(keys) do print(getters[k]()) end
