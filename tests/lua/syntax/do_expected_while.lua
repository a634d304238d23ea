-- 'while' without 'do'
while true end
