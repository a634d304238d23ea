-- 'return' must be the last statement in a function
function f()
  return 1
  x = 2
end
