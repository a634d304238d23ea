-- 'break 1' : break must end the block
while true do break 1 end
