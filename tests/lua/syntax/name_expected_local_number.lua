-- 'local 1'
local 1
