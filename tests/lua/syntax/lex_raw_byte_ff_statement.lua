-- a statement consisting of a raw 0xFF byte and a number
ÿ 1
