-- 'then' instead of 'do'
while x then end
