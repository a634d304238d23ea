-- line breaks inside a long comment are counted
--[[ ab
c
d ]] local = 1
