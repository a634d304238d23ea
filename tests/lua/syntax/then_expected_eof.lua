-- 'if' condition at EOF
if x