-- method reference without arguments at EOF
a:b