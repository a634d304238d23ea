-- 'goto' is contextual: 'goto 1' parses as a name expression statement
goto 1
