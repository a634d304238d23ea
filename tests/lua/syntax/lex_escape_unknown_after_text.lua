-- invalid escape after some text: near shows the decoded prefix
local s = "abc\q"
