-- 'key =' without a value
local t = {a = }
