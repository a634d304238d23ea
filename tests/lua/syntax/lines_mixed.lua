-- mixed line endings: LF, CRLF, CR, LFCR, LF LF (= 6 line breaks before the error)
x = 1
y = 2z = 3


local = 4
