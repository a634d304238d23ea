-- locals declared inside while/repeat bodies are fresh each iteration
local fns = {}
local i = 1
while i <= 3 do
  local captured = i * 10
  fns[i] = function() captured = captured + 1; return captured end
  i = i + 1
end
print(fns[1](), fns[1](), fns[2](), fns[3]())
local rfns = {}
local n = 0
repeat
  n = n + 1
  local m = n
  rfns[n] = function() return m, n end
until n == 3
print(rfns[1]())
print(rfns[3]())
