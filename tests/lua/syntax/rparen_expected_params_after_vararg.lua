-- nothing may follow '...' in a parameter list
function f(..., a) end
