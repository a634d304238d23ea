-- nil cannot be assigned to
nil = 1
