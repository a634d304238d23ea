-- How getinfo names the function running at level 1.
local function who() local i = debug.getinfo(2, "n") return tostring(i.name) .. "/" .. i.namewhat end
local function localfn() return who() end
function globalfn() return who() end
local t = { field = function() return who() end }
function t:method() return who() end
print(localfn())
print(globalfn())
print(t.field())
print(t:method())
local lines = debug.getinfo(localfn, "L").activelines
local count = 0
for line in pairs(lines) do count = count + 1 end
print(count > 0, lines[3])
