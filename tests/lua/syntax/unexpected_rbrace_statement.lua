-- stray '}' as a statement
local t = {}
}
