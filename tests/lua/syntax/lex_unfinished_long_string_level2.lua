-- unclosed '[==[' long string, a ']]' and ']=]' inside do not close it
local s = [==[abc ]] ]=]
def
