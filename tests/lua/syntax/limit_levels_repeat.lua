-- 220 nested repeat loops
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
repeat
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
until x
