-- stray '@'
local x = @foo
