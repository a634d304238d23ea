-- global variables are fields of _G
counter = 1
counter = counter + 1
print(counter, _G.counter, _G["counter"])
_G.made_via_G = "hi"
print(made_via_G)
print(undefined_global, _G.undefined_global)
function global_fn(x) return x * 2 end
print(global_fn(21), _G.global_fn == global_fn)
local name = "dyn" .. "amic"
_G[name] = 99
print(dynamic)
counter = nil
print(counter, rawget(_G, "counter"))
print(_G._G == _G, type(_G))
