-- 'for' at EOF
for