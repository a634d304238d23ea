-- a lone '[=' ... is an invalid long string delimiter, not a symbol
local t = [=
