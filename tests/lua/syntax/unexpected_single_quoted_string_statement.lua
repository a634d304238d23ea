-- a bare single-quoted string with an escape is not a statement
'it\'s'
