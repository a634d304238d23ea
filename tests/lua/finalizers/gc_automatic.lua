-- Finalizers run by automatic collections: every unreachable proxy is
-- finalized exactly once, resurrected proxies stay usable, and a
-- finalizer may allocate and create more finalizable objects.
local finalized = 0
local mt_source = newproxy(true)
getmetatable(mt_source).__gc = function() finalized = finalized + 1 end
for i = 1, 20000 do
  local p = newproxy(mt_source)
  local t = { p, i, "x" .. i }
end
collectgarbage()
collectgarbage()
print("finalized", finalized)

-- Resurrection: the finalizer stores its argument; it is not finalized again.
local saved = {}
local count = 0
local r = newproxy(true)
getmetatable(r).__gc = function(u) count = count + 1; saved[#saved + 1] = u end
r = nil
collectgarbage()
collectgarbage()
collectgarbage()
print("resurrected", count, #saved, type(saved[1]))
saved = nil
collectgarbage()
print("after release", count)

-- A finalizer that creates another finalizable object.
local chain = 0
local function make(n)
  local p = newproxy(true)
  getmetatable(p).__gc = function()
    chain = chain + 1
    if n > 1 then make(n - 1) end
  end
end
make(5)
for _ = 1, 6 do collectgarbage() end
print("chain", chain)

-- Tables are not finalized in Lua 5.1, even with __gc.
local table_gc = 0
for i = 1, 1000 do setmetatable({}, { __gc = function() table_gc = table_gc + 1 end }) end
collectgarbage()
print("tables", table_gc)

-- Weak tables lose finalized userdata once they are really gone.
local weak = setmetatable({}, { __mode = "k" })
local w = newproxy(true)
getmetatable(w).__gc = function() end
weak[w] = true
w = nil
collectgarbage()
collectgarbage()
local left = 0
for _ in pairs(weak) do left = left + 1 end
print("weak", left)
