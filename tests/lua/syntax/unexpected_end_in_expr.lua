-- keyword 'end' where an expression is expected
local x =
end
