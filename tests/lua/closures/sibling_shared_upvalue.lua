-- sibling closures share the same upvalue
local function make()
  local n = 0
  local function inc() n = n + 1; return n end
  local function dec() n = n - 1; return n end
  local function get() return n end
  return inc, dec, get
end
local inc, dec, get = make()
inc(); inc(); inc()
print(get())
dec()
print(get(), inc())
local inc2, _, get2 = make()
inc2()
print(get(), get2())
