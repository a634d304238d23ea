-- wrapping a call in parentheses truncates it to one value
local function f() return "a", "b", "c" end
print(f())
print((f()))
local x, y = (f())
print(x, y)
local t = {(f())}
print(#t)
local function g(...) return select("#", ...) end
print(g(f()), g((f())))
local function noval() end
print((noval()), select("#", (noval())))
local r = {f(), (f()), f()}
print(#r, table.concat(r, ","))
