-- __concat with tables on either side and in chains
local mt = {}
mt.__concat = function(a, b)
  local as = type(a) == "table" and "<" .. a.s .. ">" or a
  local bs = type(b) == "table" and "<" .. b.s .. ">" or b
  return as .. bs
end
local A = setmetatable({s = "A"}, mt)
local B = setmetatable({s = "B"}, mt)
print(A .. "x", "x" .. A, A .. B, 1 .. A)
print("p" .. A .. "q" .. B .. "r")
local wrap = {__concat = function(a, b) return setmetatable({s = "W"}, getmetatable(type(a) == "table" and a or b)) end}
local W = setmetatable({s = "w"}, wrap)
local r = W .. "a" .. "b"
print(type(r), r.s)
print(pcall(function() return {} .. "x" end))
print(pcall(function() return A .. nil end))
