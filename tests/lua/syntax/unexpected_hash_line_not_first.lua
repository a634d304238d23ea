-- a '#' line is only skipped when it is the first line of the chunk
#!/usr/bin/env luajit
