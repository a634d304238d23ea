-- an uncaught error with nil as its value
local function fail()
  error(nil)
end
print("about to fail")
fail()
print("never printed")
