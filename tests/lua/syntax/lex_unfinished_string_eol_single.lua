-- single-quoted string runs into the end of the line
local s = 'hello world
