-- '[k]' in a table constructor needs '='
local t = {[1] 2}
