-- unclosed function on one line
local f = function() return 1