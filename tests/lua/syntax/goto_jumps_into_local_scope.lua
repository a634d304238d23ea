-- forward goto past a local declaration into its scope
goto skip
local y = 1
::skip::
print(y)
