-- debug.traceback with messages and levels.
local function level3() return debug.traceback("here", 1) end
local function level2() return level3() end
local function level1() return level2() end
print(level1())
print(debug.traceback("no trace", 50))
print(debug.traceback(nil))
print(debug.traceback(42))
local t = {}
print(debug.traceback(t) == t)
print((debug.traceback("x", 2)))
