-- anonymous function without a parameter list
local h = function return 1 end
