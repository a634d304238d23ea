-- two closures sharing the same upvalue
local function make()
  local value = 0
  local function get() return value end
  local function set(v) value = v end
  return get, set
end
local get, set = make()
print(get())
set(42)
print(get())
local get2, set2 = make()
set2(7)
print(get(), get2())
local shared = "a"
local function r() return shared end
shared = "b"
print(r())
local function w() shared = "c" end
w()
print(shared, r())
