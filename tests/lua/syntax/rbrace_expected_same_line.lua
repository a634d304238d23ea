-- missing separator in a table constructor
local t = {1 2}
