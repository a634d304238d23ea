-- stray backtick
local s = `template`
