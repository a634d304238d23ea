-- '...' cannot be assigned to
... = 1
