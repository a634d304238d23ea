-- error levels: 1 (default) blames the function, 2 its caller, 0 no position
local function lvl1() error("level one") end
local function lvl2() error("level two", 2) end
local function lvl0() error("level zero", 0) end
local function caller_of_lvl2()
  lvl2()
end
print(pcall(lvl1))
print(pcall(caller_of_lvl2))
print(pcall(lvl0))
local function check(x)
  if type(x) ~= "number" then error("expected number, got " .. type(x), 2) end
  return x
end
local function use() return check("str") end
local function use_nontail() local v = check("str"); return v end
print(pcall(use))
print(pcall(use_nontail))
print(pcall(error, "direct", 2))
