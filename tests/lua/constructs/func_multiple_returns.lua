-- multiple return values and their adjustment
local function mr() return 1, 2, 3 end
local function none() end
local function nils() return nil, nil end
print(mr())
print(mr(), "after")
print("before", mr())
print((mr()))
print(none())
print(none(), "x")
print(nils())
print(select("#", none()), select("#", nils()), select("#", (none())))
local t = {mr(), mr()}
print(#t, t[1], t[2], t[4])
local function pass(...) return ... end
print(pass(mr()))
print(pass(mr(), mr()))
local function wrap() return mr() end
local function wrap_paren() return (mr()) end
print(wrap())
print(wrap_paren())
local s = "" .. mr()
print(s, mr() + 10)
