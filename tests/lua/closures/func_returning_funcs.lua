-- functions returning functions returning functions
local function adder(a)
  return function(b)
    return function(c)
      return a + b + c
    end
  end
end
print(adder(1)(2)(3))
local add10 = adder(10)
local add10_5 = add10(5)
print(add10_5(1), add10_5(100), add10(0)(0))
local function compose(f, g) return function(...) return f(g(...)) end end
local inc = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
local function curry3(f) return function(a) return function(b) return function(c) return f(a, b, c) end end end end
print(curry3(function(a, b, c) return a .. b .. c end)("x")("y")("z"))
