-- form feed and vertical tab are whitespace, not line breaks
local = 1
