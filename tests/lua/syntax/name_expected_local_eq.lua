-- 'local' without a name
local = 1
