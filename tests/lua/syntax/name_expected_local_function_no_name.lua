-- 'local function' without a name
local function (a) return a end
