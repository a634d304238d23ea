-- a raw 0x80 byte is an identifier character: two such names in a row
local a = 1
€ €
