-- A script whose error ends the run.
local function inner() error("broken") end
print("before")
inner()
