-- function name followed by a string
function f "x" end
