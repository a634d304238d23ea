-- parenthesised anonymous function is not a statement unless called
(function() end)
