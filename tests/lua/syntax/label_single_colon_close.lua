-- label closed with a single ':'
::a: print(1)
