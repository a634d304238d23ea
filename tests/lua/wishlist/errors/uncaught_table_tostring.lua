-- an uncaught error whose table value has __tostring
print("start")
local mt = {__tostring = function(self) return "custom error object #" .. self.n end}
local obj = setmetatable({n = 7}, mt)
error(obj)
print("never printed")
