-- trailing ',' in a local name list
local a, = 1
