-- 'return 1 x = 2' in the main chunk
return 1 x = 2
