-- '\q' is not a valid escape
local s = "\q"
