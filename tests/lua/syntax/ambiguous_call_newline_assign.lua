-- ambiguous call after an assignment
a = b
(c)(d)
