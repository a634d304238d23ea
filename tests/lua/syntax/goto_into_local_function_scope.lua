-- the jump enters the scope of a local function
goto after
local function helper() end
::after::
helper()
