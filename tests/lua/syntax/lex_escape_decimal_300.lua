-- decimal escape '\300'
local s = "ok\300"
