-- 'not' always returns a boolean
print(not nil, not false, not true, not 0, not "", not {})
print(not not nil, not not false, not not 1, not not "x")
print(type(not 1), not (1 == 2), not 1 == 2)
local v = nil
print(not v, not (v == nil), not v == nil)
local function f() return nil, "ignored" end
print(not f())
local function g() end
print(not g())
