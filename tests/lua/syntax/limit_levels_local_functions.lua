-- 210 nested local functions, one per line
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
local function f()
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
end
