-- '[==' followed by a space
local s = [== x ]==]
