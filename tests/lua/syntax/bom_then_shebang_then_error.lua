#!/usr/bin/luajit
function end
