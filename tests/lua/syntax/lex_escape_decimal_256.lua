-- decimal escape greater than 255
local s = "\256"
