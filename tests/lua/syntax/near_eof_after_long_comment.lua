-- EOF after a multi-line long comment
local x = --[[ a
b
c ]]