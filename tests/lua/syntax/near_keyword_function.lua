-- 'function' keyword after a complete expression statement in a table
local t = {1 function() end}
