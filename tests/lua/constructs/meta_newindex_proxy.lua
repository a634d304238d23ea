-- a tracking proxy: all reads and writes go through metamethods
local function track(target)
  local log = {}
  local proxy = setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get:" .. tostring(k); return target[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set:" .. tostring(k) .. "=" .. tostring(v); target[k] = v end,
  })
  return proxy, log
end
local real = {a = 1}
local p, log = track(real)
p.a = p.a + 1
p.b = "new"
local _ = p.missing
p.a = nil
print(real.a, real.b, rawget(p, "a"))
print(table.concat(log, " "))
p[1] = "one"
print(real[1], #log)
