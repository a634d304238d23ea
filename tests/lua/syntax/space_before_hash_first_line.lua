 #!/usr/bin/luajit
