-- double-quoted string runs into the end of the file
local s = "abc