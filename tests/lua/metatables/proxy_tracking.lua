-- proxy table that logs every access to a hidden store
local function tracked()
  local store, log = {}, {}
  local p = setmetatable({}, {
    __index = function(_, k) log[#log + 1] = "get " .. tostring(k); return store[k] end,
    __newindex = function(_, k, v) log[#log + 1] = "set " .. tostring(k); store[k] = v end,
  })
  return p, log, store
end
local p, log, store = tracked()
p.a = 1
p.b = p.a + 1
p.a = nil
local x = p.a
p[1] = "one"
print(table.concat(log, "; "))
print(store.a, store.b, store[1], rawget(p, "b"), next(p))
