-- 'a.1': '.1' lexes as a number
a.1 = 2
