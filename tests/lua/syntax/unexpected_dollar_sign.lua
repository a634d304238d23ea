-- stray '$'
$x = 1
