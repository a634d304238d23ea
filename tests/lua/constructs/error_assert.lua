-- assert returns all its arguments on success, raises its message on failure
print(assert(1, "unused", 3))
print(assert("value"))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, false, 42))
print(pcall(assert, 1 == 2, "math is broken"))
local ok, e = pcall(assert, false, {tag = "tbl"})
print(ok, type(e), e.tag)
local function checked_div(a, b)
  assert(b ~= 0, "division by zero")
  return a / b
end
print(pcall(checked_div, 10, 2))
print(pcall(checked_div, 1, 0))
