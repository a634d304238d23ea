-- 'local a == 1'
local a == 1
