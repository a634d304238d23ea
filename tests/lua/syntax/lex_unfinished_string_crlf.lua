-- CRLF ends an unfinished string too
local s = "abc
x = 1
