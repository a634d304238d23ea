-- label without the closing '::'
::a
x = 1
