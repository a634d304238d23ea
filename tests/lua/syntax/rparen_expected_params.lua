-- parameter list with missing ','
function f(a b) end
