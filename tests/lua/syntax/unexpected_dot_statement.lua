-- statement starting with '.'
.x = 1
