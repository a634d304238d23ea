-- break at the top level
local x = 1
break
