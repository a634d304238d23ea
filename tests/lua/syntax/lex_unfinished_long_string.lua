-- unclosed '[[' long string
local s = [[abc
def
