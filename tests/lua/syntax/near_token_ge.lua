-- '>='
local x = >= 1
