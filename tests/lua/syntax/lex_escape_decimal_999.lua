-- decimal escape '\999' after a valid '\255'
local s = "\255\999"
