-- one variable shared by closures at different nesting levels
local function outer()
  local x = 0
  local function a() x = x + 1 end
  local function b()
    local function c() x = x * 10 end
    return c
  end
  local function read() return x end
  return a, b(), read
end
local a, c, read = outer()
a(); c(); a()
print(read())
c(); c()
print(read())
