-- collectgarbage results and __gc on newproxy userdata, run by explicit collections.
print(collectgarbage("collect"), select('#', collectgarbage("collect")))
print(type(collectgarbage("count")), select('#', collectgarbage("count")))
print(collectgarbage("step"), collectgarbage("step", 0), collectgarbage("step", 100000))
print(collectgarbage("stop"), collectgarbage("isrunning"), collectgarbage("restart"), collectgarbage("isrunning"))
print(collectgarbage("setpause", 150), collectgarbage("setpause", 200))
print(collectgarbage("setstepmul", 300), collectgarbage("setstepmul", 200))
print(collectgarbage())
print(pcall(collectgarbage, "bogus"))
print(pcall(collectgarbage, 1))
print(select('#', gcinfo()), math.type)
local p = newproxy(true)
local mt = getmetatable(p)
print(type(mt))
mt.__gc = function(u) print("gc", u == p) end
print(pcall(setmetatable, p, {}))
p = nil
collectgarbage()
print("after")
local q = newproxy(true)
getmetatable(q).__gc = function() print("gc q") end
local q2 = newproxy(q)
print(getmetatable(q2) == getmetatable(q))
q = nil q2 = nil
collectgarbage()
print("after2")
-- finalizer order and resurrection
local order = {}
for i = 1, 3 do
  local u = newproxy(true)
  getmetatable(u).__gc = function() order[#order + 1] = i end
end
collectgarbage()
print(table.concat(order, ","))
-- error in finalizer
local e = newproxy(true)
getmetatable(e).__gc = function() error("in gc") end
e = nil
print(pcall(collectgarbage))
print("end")
-- tables with __gc are not finalized in 5.1
setmetatable({}, {__gc = function() print("table gc") end})
collectgarbage()
print("done")
