#!/usr/bin/env luajit
-- a '#' first line is skipped but still counted
local = 1
