-- '...' in a function without '...' parameter
function f(a, b)
  return ...
end
