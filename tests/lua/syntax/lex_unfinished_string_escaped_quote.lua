-- an escaped quote does not close the string
local s = "say \"hi\"
