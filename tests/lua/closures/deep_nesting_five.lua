-- five levels of nested closures each capturing its own and outer locals
local function l1(a)
  return function(b)
    return function(c)
      return function(d)
        return function(e)
          a = a + 1
          return a .. b .. c .. d .. e
        end
      end
    end
  end
end
local f = l1(0)("b")("c")("d")
print(f("e"), f("E"))
local g = l1(10)
print(g(1)(2)(3)(4), g(1)(2)(3)(4))
