-- error level controls the position prefix
local function lvl0() error("zero", 0) end
local function lvl1() error("one", 1) end
local function lvl2() error("two", 2) end
local function lvl3() error("three", 3) end
local function call2() lvl2() end
local function mid() lvl3() end
local function call3() mid() end
print(pcall(lvl0))
print(pcall(lvl1))
print(pcall(call2))
print(pcall(call3))
print(pcall(function() error("default") end))
print(pcall(function() error("far", 50) end))
