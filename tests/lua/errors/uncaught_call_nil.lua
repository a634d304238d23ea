-- uncaught call of a missing global function from a method
local obj = {}
function obj:start()
  print("starting")
  return helper_that_does_not_exist(self)
end
function obj.go()
  local r = obj:start()
  return r
end
obj.go()
