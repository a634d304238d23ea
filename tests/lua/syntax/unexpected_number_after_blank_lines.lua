-- a bare number after blank lines: line number counting


local a = 1

42
