-- numeric 'for' with step, then 'then'
for i = 10, 1, -1 then
end
