-- numeric 'for' start at EOF
for i = 1