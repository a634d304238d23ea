-- __newindex intercepts assignments to absent keys only
local store = {}
local proxy = setmetatable({}, {__newindex = function(t, k, v)
  store[k] = v and v * 2
end})
proxy.a = 5
print(proxy.a, store.a)
rawset(proxy, "b", 1)
proxy.b = 100
print(proxy.b, store.b)
local backing = {}
local redirect = setmetatable({}, {__newindex = backing})
redirect.x = "to backing"
print(rawget(redirect, "x"), backing.x)
local readonly = setmetatable({}, {
  __index = {k = "v"},
  __newindex = function(t, k) error("readonly: " .. k, 2) end,
})
print(readonly.k, pcall(function() readonly.k = 1 end))
