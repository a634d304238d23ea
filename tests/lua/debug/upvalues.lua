-- debug.getupvalue and debug.setupvalue.
local count, step = 0, 2
local function counter() count = count + step return count end
print(debug.getupvalue(counter, 1))
print(debug.getupvalue(counter, 2))
print(debug.getupvalue(counter, 3))
print(debug.setupvalue(counter, 2, 10))
print(counter(), counter(), count, step)
print(debug.setupvalue(counter, 5, 1))
print(pcall(debug.getupvalue, 1, 1))
local function outer()
  local hidden = "inner value"
  return function() return hidden end
end
local inner = outer()
print(debug.getupvalue(inner, 1))
debug.setupvalue(inner, 1, "changed")
print(inner())
