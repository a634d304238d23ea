-- 'local function' cannot have a dotted name
local function a.b() end
