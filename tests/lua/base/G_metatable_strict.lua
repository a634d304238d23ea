-- a metatable on _G that traps undefined global reads and writes
local declared = {}
setmetatable(_G, {
  __index = function(t, k) error("undeclared global '" .. tostring(k) .. "'", 2) end,
  __newindex = function(t, k, v) declared[#declared + 1] = k; rawset(t, k, v) end,
})
counter = 1
counter = counter + 1
print(counter, table.concat(declared, ","))
print(pcall(function() return undefined_thing end))
print(rawget(_G, "undefined_thing"))
setmetatable(_G, nil)
print(undefined_thing)
