-- a statement cannot begin with '='
= 1
