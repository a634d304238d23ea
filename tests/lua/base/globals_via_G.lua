-- manipulating globals through _G
_G.alpha = 1
print(alpha)
beta = 2
print(_G.beta, _G["beta"], rawget(_G, "beta"))
_G["with space"] = "odd name"
print(_G["with space"])
alpha = nil
print(_G.alpha, rawget(_G, "alpha"))
local name = "dyn" .. 1
_G[name] = "dynamic"
print(dyn1)
print(_G._G == _G, _G.print == print)
local keys = {}
for k in pairs(_G) do
  if k == "alpha" or k == "beta" or k == "dyn1" or k == "with space" then keys[#keys + 1] = k end
end
table.sort(keys)
print(table.concat(keys, ","))
