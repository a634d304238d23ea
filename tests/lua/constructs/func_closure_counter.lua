-- closures keep their own upvalues
local function counter(start)
  local n = start
  return function() n = n + 1; return n end
end
local c1, c2 = counter(0), counter(100)
print(c1(), c1(), c2(), c1(), c2())
local function adder(x) return function(y) return x + y end end
local add5 = adder(5)
print(add5(1), add5(10), adder(-1)(1))
local function compose(f, g) return function(...) return f(g(...)) end end
local inc_then_double = compose(function(x) return x * 2 end, function(x) return x + 1 end)
print(inc_then_double(3))
