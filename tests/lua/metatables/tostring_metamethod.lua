-- __tostring is used by tostring and print
local Point = {}
Point.__tostring = function(p) return "Point(" .. p.x .. "," .. p.y .. ")" end
local p = setmetatable({x = 1, y = 2}, Point)
print(p)
print(tostring(p), type(tostring(p)))
print(p, p, "end")
local s = tostring(p) .. "!"
print(s)
local nested = setmetatable({}, {__tostring = function() return tostring(p) .. " wrapped" end})
print(nested)
print(pcall(function() return "x" .. p end))
local named = setmetatable({}, {__tostring = function(self) return self.name or "anon" end})
print(named)
named.name = "set later"
print(named)
