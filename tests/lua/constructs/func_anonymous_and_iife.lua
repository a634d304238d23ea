-- anonymous functions and immediately-invoked function expressions
print((function(a, b) return a * b end)(6, 7))
local r = (function(...) return select("#", ...) end)(1, 2, 3)
print(r)
local apply_twice = function(f, x) return f(f(x)) end
print(apply_twice(function(v) return v .. v end, "ab"))
local t = {
  add = function(a, b) return a + b end,
  [1] = function() return "indexed" end,
}
print(t.add(2, 3), t[1]())
local fs = {function() return 1 end, function() return 2 end}
print(fs[1]() + fs[2]())
print(type(function() end), (function() end)())
