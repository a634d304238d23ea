-- shadowing locals, parameters and loop variables
local v = "outer"
local function f(v)
  print("param", v)
  local v = v .. "!"
  print("local", v)
  for v = 1, 2 do print("loop", v) end
  print("after loop", v)
end
f("arg")
print(v)
local i = 100
for i = 1, 3 do local i = i * 2; print("body", i) end
print("i", i)
local print_ = print
local print = function(...) print_("wrapped:", ...) end
print("hello")
print_("raw")
