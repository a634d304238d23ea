-- upvalues captured through several nesting levels
local function level1()
  local a = 1
  local function level2()
    local b = 2
    local function level3()
      local c = 3
      return function()
        a, b, c = a + 1, b + 1, c + 1
        return a, b, c
      end
    end
    return level3()
  end
  return level2(), function() return a end
end
local f, geta = level1()
print(f())
print(f())
print(geta())
local x = 0
local function outer() return function() return function() x = x + 1; return x end end end
print(outer()()(), outer()()(), x)
