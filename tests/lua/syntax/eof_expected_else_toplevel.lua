-- 'else' without 'if'
else
