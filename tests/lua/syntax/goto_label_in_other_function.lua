-- labels are not visible across function boundaries
::top::
local function f()
  goto top
end
