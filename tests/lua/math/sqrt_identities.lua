-- computed identities that hold exactly in double precision
local ok = 0
for i = 0, 100 do if math.sqrt(i * i) == i then ok = ok + 1 end end
print(ok)
ok = 0
for i = -50, 50 do if math.floor(i + 0.5) - i == 0 and math.ceil(i - 0.5) == i then ok = ok + 1 end end
print(ok)
ok = 0
for i = 1, 60 do local m, e = math.frexp(2 ^ i) if m == 0.5 and e == i + 1 then ok = ok + 1 end end
print(ok)
ok = 0
for i = -20, 20 do if math.ldexp(1, i) == 2 ^ i then ok = ok + 1 end end
print(ok)
print(math.max(unpack({5, 3, 9, 1})), math.min(unpack({5, 3, 9, 1})))
