-- a call or ... as the last item expands; elsewhere it is truncated
local function three() return "a", "b", "c" end
local t1 = {three()}
local t2 = {three(), "z"}
local t3 = {"z", three()}
local t4 = {(three())}
local t5 = {three(), three()}
print(#t1, #t2, #t3, #t4, #t5)
print(table.concat(t5, ""))
local function pack(...) return {...} end
print(#pack(), #pack(1), #pack(1, 2, 3))
local function packmore(...) return {0, ...} end
print(table.concat(packmore(1, 2, 3), ","))
local t6 = {three(), k = 1}
print(#t6, t6[2])
local t7 = {x = three()}
print(t7.x)
