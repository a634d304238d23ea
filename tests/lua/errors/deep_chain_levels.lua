-- error levels pointing at different frames in a chain
local function thrower(lvl) error("lvl" .. lvl, lvl) end
local function f1(lvl) thrower(lvl) end
local function f2(lvl) f1(lvl) end
local function f3(lvl) f2(lvl) end
for lvl = 0, 5 do
  print(pcall(f3, lvl))
end
