local t = 1e9
print(os.date("!%Ec|%EC|%Ex|%EX|%Ey|%EY|%Od|%Oe|%OH|%OI|%Om|%OM|%OS|%Ou|%OU|%OV|%Ow|%OW|%Oy", t))
print(os.date("!%Ea|%Oa|%EA|%OB|%Ob|%Eb|%OY|%Oc|%Ox|%OX|%Ez|%EZ", t))
