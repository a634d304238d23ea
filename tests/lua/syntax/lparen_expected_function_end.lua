-- 'function f' without a parameter list
function f end
