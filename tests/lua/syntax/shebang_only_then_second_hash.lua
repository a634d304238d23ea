#!/usr/bin/luajit
#!/usr/bin/luajit
